package org.assay.evidence;

import jakarta.inject.Inject;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;

/** Evidence document metadata over GraphQL; the bytes are uploaded and downloaded at {@code /documents}. */
@GraphQLApi
public class EvidenceApi {

    @Inject
    EvidenceService service;

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("An evidence document's metadata. Readable by the uploader's organisation, the supplier it is about, the "
            + "operator, and whoever another feature allows (e.g. the assessment body assigned to an assessment that refers "
            + "to it). Anyone else gets NOT_FOUND, whether or not it exists.")
    public DocumentView document(@NonNull @Id @Description("Document id.") String id) {
        return DocumentView.of(service.requireReadable(Ids.parse("id", id)));
    }

    @Name("Document")
    @Description("An uploaded evidence file (certificate, report, photo, spreadsheet). Its content never changes.")
    public record DocumentView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Description("File name given at upload.") String name,
            @NonNull @Description("Media type, e.g. `application/pdf`.") String mediaType,
            @Description("Size in bytes.") int size,
            @NonNull @Description("SHA-256 of the content, lower-case hex: lets anyone check a downloaded copy.") String sha256,
            @NonNull @Id @Description("Organisation of the person who uploaded it.") String uploaderOrganisationId,
            @Id @Description("The supplier the document is about; null when not about one supplier.") String supplierId,
            @NonNull @Description("When it was uploaded.") Instant uploadedAt,
            @NonNull @Description("Where to download it: GET this path with the same bearer token.") String downloadPath) {

        static DocumentView of(DocumentRef d) {
            return new DocumentView(d.id().toString(), d.name(), d.mediaType(), Math.toIntExact(d.size()), d.sha256(),
                    d.uploaderOrganisationId().toString(), d.supplierId() == null ? null : d.supplierId().toString(),
                    d.uploadedAt(), "/documents/" + d.id());
        }
    }
}
