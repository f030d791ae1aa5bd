package org.assay.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.evidence.EvidenceService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Evidence files of the demo, uploaded as {@code POST /documents} does: through {@link EvidenceService#upload}. */
@ApplicationScoped
class DemoEvidence {

    @Inject
    EvidenceService evidence;

    /** A small, valid PDF named {@code name}, uploaded by the person of {@code uploader}; returns the document id. */
    String upload(DemoCast.Part uploader, String name, String supplierId) {
        Path file;
        try {
            file = Files.createTempFile("assay-demo-", ".pdf");
            Files.writeString(file, pdf(name), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(DemoSession.as(uploader).identity());
            return evidence.upload(file, name, "application/pdf",
                            supplierId).document().id().toString();
        } finally {
            requestContext.terminate();
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file
            }
        }
    }

    /** A one-page PDF whose text is the file name (deterministic bytes: the same upload is de-duplicated). */
    private static String pdf(String title) {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% Assay demo document: " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    }
}
