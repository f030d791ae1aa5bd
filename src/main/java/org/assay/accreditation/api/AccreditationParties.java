package org.assay.accreditation.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** The body an accreditation names, as an {@code Organisation}: one statement per list, organisation's access rule applied ({@link OrganisationReferences}). */
@GraphQLApi
@Transactional
public class AccreditationParties {

    @Inject
    OrganisationReferences organisations;

    @NonNull
    @Allow({Role.OPERATOR, Role.ASSESSOR})
    @Description("The accredited assessment body.")
    public List<@NonNull OrganisationView> body(@Source List<AccreditationView> accreditations) {
        return organisations.resolve(accreditations, AccreditationView::bodyKey);
    }
}
