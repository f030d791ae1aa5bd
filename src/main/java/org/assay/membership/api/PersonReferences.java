package org.assay.membership.api;

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
 * The organisation a person belongs to, resolved for a whole page of people by organisation's batch loader: whoever
 * may see a person (its own organisation's people, the operator) may read that organisation in full.
 */
@GraphQLApi
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
@Transactional
public class PersonReferences {

    @Inject
    OrganisationReferences organisations;

    @Name("organisation")
    @Description("The organisation the person belongs to.")
    public List<@NonNull OrganisationView> organisation(@Source List<PersonView> people) {
        return organisations.resolve(people, PersonView::organisationKey);
    }
}
