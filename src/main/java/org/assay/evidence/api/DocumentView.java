package org.assay.evidence.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.evidence.DocumentRef;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.UUID;

/** An evidence document's metadata; {@code uploaderOrganisation} and {@code supplier} are resolved beside it ({@link DocumentFields}). */
@Name("Document")
@Description("An uploaded evidence file (certificate, report, photo, spreadsheet). Its content never changes.")
public record DocumentView(
        @NonNull @Id @Description("Opaque id.") String id,
        @NonNull @Description("File name given at upload.") String name,
        @NonNull @Description("Media type, e.g. `application/pdf`.") String mediaType,
        @Description("Size in bytes.") int size,
        @NonNull @Description("SHA-256 of the content, lower-case hex: lets anyone check a downloaded copy.") String sha256,
        @NonNull @Id @Deprecated(reason = "Use `uploaderOrganisation { id }`: the organisation as an `Organisation` (its `id` is the organisation's global id).")
        @Description("Raw id of the organisation of the person who uploaded it. Deprecated: use `uploaderOrganisation`.") String uploaderOrganisationId,
        @Ignore UUID uploaderKey,
        @Id @Deprecated(reason = "Use `supplier { id }`: the supplier as an `Organisation` (its `id` is the organisation's global id).")
        @Description("Raw id of the supplier the document is about; null when not about one supplier. Deprecated: use `supplier`.") String supplierId,
        @Ignore UUID supplierKey,
        @NonNull @Description("When it was uploaded.") Instant uploadedAt,
        @NonNull @Description("Where to download it: GET this path with the same bearer token.") String downloadPath) {

    static DocumentView of(DocumentRef d) {
        return new DocumentView(d.id().toString(), d.name(), d.mediaType(), Math.toIntExact(d.size()), d.sha256(),
                d.uploaderOrganisationId().toString(), d.uploaderOrganisationId(),
                d.supplierId() == null ? null : d.supplierId().toString(), d.supplierId(),
                d.uploadedAt(), "/documents/" + d.id());
    }
}
