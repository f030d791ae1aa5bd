package org.assay.assessment.api;

import org.assay.assessment.Severity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A finding. */
@Name("RaiseFindingInput")
@Description("A finding.")
public class RaiseFindingInput {
    @NonNull @Id @Description("The assessment (its global id, or the legacy raw id).") public String assessmentId;
    @NonNull @Description("How serious it is.") public Severity severity;
    @NonNull @Description("Short title (up to 300 characters).") public String title;
    @NonNull @Description("What was found.") public String description;
    @NonNull @Description("Codes of the indicators it concerns.") public List<@NonNull String> indicatorCodes;
    @Description("Supporting documents.") public List<@NonNull String> evidenceDocumentIds;
}
