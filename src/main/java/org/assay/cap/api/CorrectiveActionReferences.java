package org.assay.cap.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentReferences;
import org.assay.assessment.api.AssessmentView;
import org.assay.assessment.api.FindingView;
import org.assay.evidence.api.DocumentReferences;
import org.assay.evidence.api.DocumentView;
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
 * its public profile to the assessment body); {@code assessment} and {@code finding} by assessment's
 * ({@link AssessmentReferences}: the parties of the assessment see it, and its findings with it); the evidence of each step of
 * its history by evidence's ({@code DocumentReferences}, under evidence's read rule). Whoever reaches an action (cap's queries, a grievance's committed actions)
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

    @Inject
    AssessmentReferences assessments;

    @Name("assessment")
    @Description("The assessment of the finding (for a grievance commitment: the supplier's latest published assessment, whose body verifies it), "
            + "under assessment's own rule; null when you may not see it.")
    public List<AssessmentView> assessment(@Source List<CorrectiveActionView> actions) {
        return assessments.resolve(actions, CorrectiveActionView::assessmentKey);
    }

    @Inject
    DocumentReferences documents;

    @NonNull
    @Name("evidence")
    @Description("The evidence documents of this step, in the order given; those evidence's read rule hides from you are left out, "
            + "exactly like unknown ones.")
    public List<@NonNull List<@NonNull DocumentView>> evidence(@Source List<CorrectiveActionEventView> events) {
        return documents.resolveEach(events, CorrectiveActionEventView::evidenceDocumentIds);
    }

    @Name("finding")
    @Description("The finding it answers, visible when its assessment is; null for a commitment made in response to a grievance "
            + "(and when you may not see it).")
    public List<FindingView> finding(@Source List<CorrectiveActionView> actions) {
        return assessments.findings(actions, CorrectiveActionView::findingKey);
    }
}
