package org.assay.cap.api;

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
 * The objects a corrective action points at, resolved for a whole list at once by their owners' batch loaders:
 * {@code supplier} by organisation's ({@link OrganisationReferences}: in full to the operator and the supplier itself,
 * its public profile to the assessment body). Whoever reaches an action (cap's queries, a grievance's committed actions)
 * may see who it belongs to.
 */
@GraphQLApi
@Allow({Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
@Transactional
public class CorrectiveActionReferences {

    @Inject
    OrganisationReferences organisations;

    @Name("supplier")
    @Description("The supplier whose action it is, under the organisation's own rule (its public profile to the assessment body).")
    public List<@NonNull OrganisationView> supplier(@Source List<CorrectiveActionView> actions) {
        return organisations.resolve(actions, CorrectiveActionView::supplierKey);
    }
}
