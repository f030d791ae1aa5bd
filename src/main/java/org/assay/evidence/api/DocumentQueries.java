package org.assay.evidence.api;

import jakarta.inject.Inject;
import org.assay.evidence.EvidenceService;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Evidence document metadata over GraphQL; the bytes are uploaded and downloaded at {@code /documents}. */
@GraphQLApi
public class DocumentQueries {

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
}
