package org.assay.evidence.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * The organisations a document names, resolved for every document of a response at once by organisation's batch
 * loader under organisation's rule (in full to the operator and to the organisation itself, otherwise its public
 * profile). Whoever may read the document may see who uploaded it and whom it is about.
 */
@GraphQLApi
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
@Transactional
public class DocumentFields {

    @Inject
    OrganisationReferences organisations;

    @Name("uploaderOrganisation")
    @Description("The organisation of the person who uploaded it.")
    public List<@NonNull OrganisationView> uploaderOrganisation(@Source List<DocumentView> documents) {
        return organisations.resolve(documents, DocumentView::uploaderKey);
    }

    @Name("supplier")
    @Description("The supplier the document is about; null when not about one supplier.")
    public List<OrganisationView> supplier(@Source List<DocumentView> documents) {
        return organisations.resolve(documents, DocumentView::supplierKey);
    }
}
