package org.assay.assessment.api;

import org.assay.assessment.AnswerInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Answers to save on an open assessment. */
@Name("SaveAnswersInput")
@Description("Answers to save on an open assessment.")
public class SaveAnswersInput {
    @NonNull @Id @Description("The assessment (its global id, or the legacy raw id).") public String assessmentId;
    @NonNull @Description("Up to 500 answers; each replaces any earlier answer to the same indicator.") public List<@NonNull AnswerInput> answers;
}
