package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.framework.AssessmentMethod;
import org.assay.assessment.AssessmentStatus;
import org.assay.assessment.RequestOutcome;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.UUID;

/** A member's assessment request, only ever shown to the member that made it; {@code assessment} and {@code site} by {@link AssessmentLinks}. */
@Name("AssessmentRequest")
@Description("A member's request for an assessment and what the \"assess once\" rule made of it. Only the member that made it sees it.")
public record AssessmentRequestView(
        @NonNull @Id @Description("Global id of the request.") String id,
        @NonNull @Description("The supplier to assess.") OrganisationRef supplier,
        @Id @Deprecated(reason = "Use `site` instead.")
        @Description("The raw id of the site to assess; null for the whole supplier (deprecated: `site`).") String siteId,
        @NonNull @Description("Weakest method the member accepts.") AssessmentMethod minimumMethod,
        @NonNull @Description("What the rule decided.") RequestOutcome outcome,
        @NonNull @Id @Deprecated(reason = "Use `assessment { id }` (what the member may see of it, under the supplier's grant) or "
                + "`assessmentMethod`/`assessmentStatus`; this field keeps the legacy raw id until it is removed.")
        @Description("The legacy raw id of the assessment that answers the request (new, joined or existing).") String assessmentId,
        @NonNull @Description("Method of that assessment.") AssessmentMethod assessmentMethod,
        @NonNull @Description("Status of that assessment now.") AssessmentStatus assessmentStatus,
        @NonNull @Description("When the request was made.") Instant requestedAt,
        @Ignore UUID key,
        @Ignore UUID assessmentKey,
        @Ignore UUID supplierKey,
        @Ignore UUID siteKey) implements Node {

    /** The node type of assessment requests. */
    public static final NodeType TYPE = new NodeType("AssessmentRequest");
}
