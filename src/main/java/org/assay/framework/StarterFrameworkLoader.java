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
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the starter framework ({@value #RESOURCE}) on a fresh database, in every profile: imported and published as
 * version 1.0 with its certificate equivalences (the schemes are seeded by migration V12), in one transaction.
 * Idempotent: skipped as soon as any framework version exists; the framework lock makes concurrent starts safe.
 */
@ApplicationScoped
public class StarterFrameworkLoader {

    static final String RESOURCE = "framework/starter-framework-1.0.json";
    private static final Logger LOG = Logger.getLogger(StarterFrameworkLoader.class);

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    @Inject
    FrameworkImporter importer;

    @Inject
    AuditTrail audit;

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
            String json = read();
            FrameworkImporter.Imported imported;
            try {
                imported = importer.importDocument(json, Caller.SYSTEM);
            } catch (UserInputException e) {
                throw new IllegalStateException("the starter framework " + RESOURCE + " is invalid: " + e.errors().stream()
                        .map(UserError::toString).collect(Collectors.joining("; ")));
            }
            audit.append(Caller.SYSTEM, null, null, "loadStarterFramework", List.of(imported.version().id.toString()), audit.digest(json));
            LOG.infof("Loaded the starter framework as published version %s (%d indicators)", imported.version().label(),
                    frameworks.indicators(imported.version().id).size());
            return true;
        });
    }

    static String read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
