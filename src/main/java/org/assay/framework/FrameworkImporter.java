package org.assay.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.document.FrameworkDocument;
import org.assay.framework.document.FrameworkDocumentReader;
import org.assay.platform.UserInputException;

/**
 * Imports a whole framework version from a JSON document (the format of {@code framework/starter-framework-1.0.json}).
 * The document is validated completely first; nothing is written unless all of it is valid.
 * <ul>
 *   <li>The very first version (no version exists yet) is published at once with the document's {@code version}
 *   number: there is nothing to compare it with and assessments need a published version. This is how the starter
 *   framework is loaded.</li>
 *   <li>Any later import becomes the DRAFT, based on the current published version; the document's {@code version}
 *   is informational, the number is decided when the operator publishes (major when the set of essential
 *   indicators changed, minor otherwise). Refused while another draft exists.</li>
 * </ul>
 */
@ApplicationScoped
public class FrameworkImporter {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    @Inject
    CertificationService certifications;

    /** What an import produced. */
    public record Imported(FrameworkVersion version, boolean published) {
    }

    /** Validates and imports; {@link UserInputException} with every problem (JSON paths as fields) when invalid. */
    public Imported importDocument(String json, String actor) {
        editor.lock();
        FrameworkDocumentReader.Result result = FrameworkDocumentReader.read(json, certifications.activeSchemeCodes());
        if (!result.ok()) {
            throw new UserInputException(result.errors());
        }
        FrameworkDocument doc = result.document();
        if (frameworks.countVersions() == 0) {
            VersionNumber number = VersionNumber.parse(doc.version());
            return new Imported(editor.write(doc, number.major(), number.minor(), null, true, actor), true);
        }
        frameworks.draft().ifPresent(d -> {
            throw new UserInputException(null, FrameworkErrorCode.DRAFT_EXISTS, "draft version " + d.label()
                    + " is being prepared; publish or discard it before importing another version");
        });
        FrameworkVersion base = frameworks.currentPublished();
        return new Imported(editor.write(doc, base.major, base.minor + 1, base.id, false, null), false);
    }
}
