package org.assay.framework;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.assay.audit.AuditTrail;
import org.assay.platform.Caller;
import org.assay.platform.UserError;
import org.assay.platform.UserInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the starter framework on a fresh database, in every profile, through the platform's own machinery, in one
 * transaction: the first version ({@code framework/starter-framework-1.0.json}) is imported and published at once
 * with its certificate equivalences (schemes are seeded by migrations V12 and V100); every later one
 * ({@code starter-framework-2.0.json}) is imported as the draft based on the version in force and published like any
 * draft, so its number follows the publication rule (a changed set of essential indicators makes 2.0), the previous
 * version is retired and stays readable, and {@code frameworkDiff} shows what changed. The versions loaded are
 * {@code assay.framework.starter-versions} (default {@code 1.0,2.0}).
 * Idempotent: skipped as soon as any framework version exists; the framework lock makes concurrent starts safe.
 */
@ApplicationScoped
public class StarterFrameworkLoader {

    static final String RESOURCE = "framework/starter-framework-%s.json";
    private static final Logger LOG = Logger.getLogger(StarterFrameworkLoader.class);

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    @Inject
    FrameworkImporter importer;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "assay.framework.starter-versions", defaultValue = "1.0,2.0")
    List<String> versions;

    void onStart(@Observes StartupEvent event) {
        load();
    }

    /** Returns whether it loaded (false when a version already existed). */
    public boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            editor.lock();
            if (frameworks.countVersions() > 0) {
                return false;
            }
            for (String number : versions) {
                loadVersion(number.strip());
            }
            return true;
        });
    }

    private void loadVersion(String number) {
        String resource = RESOURCE.formatted(number);
        String json = read(resource);
        FrameworkImporter.Imported imported;
        try {
            imported = importer.importDocument(json, Caller.SYSTEM);
        } catch (UserInputException e) {
            throw new IllegalStateException("the starter framework " + resource + " is invalid: " + e.errors().stream()
                    .map(UserError::toString).collect(Collectors.joining("; ")));
        }
        FrameworkVersion version = imported.version();
        if (!imported.published()) {
            version = editor.publish(version, Caller.SYSTEM).version();
        }
        if (!version.label().equals(number)) {
            throw new IllegalStateException("the starter framework " + resource + " would be published as version "
                    + version.label() + ", not " + number + " (a major version needs a changed set of essential indicators)");
        }
        audit.append(Caller.SYSTEM, null, null, "loadStarterFramework", List.of(version.id.toString()), audit.digest(json));
        LOG.infof("Loaded the starter framework as published version %s (%d indicators)", version.label(),
                frameworks.indicators(version.id).size());
    }

    static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
