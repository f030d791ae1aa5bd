package org.assay.assessment.dispute.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The input of {@code disputeFinding}. */
@Name("DisputeFindingInput")
@Description("A supplier's dispute of one finding of its published assessment.")
public class DisputeFindingInput {
    @NonNull @Id @Description("The finding (`Finding.id`).")
    public String findingId;
    @NonNull @Description("Why the finding is wrong, plain text, 1–4000 characters.")
    public String reason;
    @Description("Evidence documents (ids from `POST /documents`) your organisation uploaded or that are about it; at most 20.")
    public List<@NonNull String> evidenceDocumentIds;
}
