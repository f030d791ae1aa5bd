package org.assay.assessment.dispute.api;

import org.assay.assessment.dispute.DisputeDecision;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code decideDispute}. */
@Name("DecideDisputeInput")
@Description("The assessment body's decision on a disputed finding.")
public class DecideDisputeInput {
    @NonNull @Id @Description("The disputed finding (`Finding.id`): one dispute per finding.")
    public String findingId;
    @NonNull @Description("Uphold the finding or withdraw it.")
    public DisputeDecision decision;
    @NonNull @Description("Why, plain text, 1–4000 characters; the supplier and everyone who sees the finding read it.")
    public String reason;
}
