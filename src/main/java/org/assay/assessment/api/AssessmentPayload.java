package org.assay.assessment.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of a change to an assessment. */
@Description("Result of a change to an assessment.")
public record AssessmentPayload(
        @Description("The assessment after the change; null when there are user errors.") AssessmentView assessment,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AssessmentUserError> userErrors,
        @Ignore boolean replayed) implements Payload {

    static AssessmentPayload of(AssessmentView assessment) {
        return new AssessmentPayload(assessment, List.of(), false);
    }

    /** An idempotent retry answered with the first result: nothing changed, nothing is audited. */
    static AssessmentPayload replayOf(AssessmentView assessment) {
        return new AssessmentPayload(assessment, List.of(), true);
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no assessment, the errors. */
    public static AssessmentPayload failed(List<UserError> errors) {
        return new AssessmentPayload(null, AssessmentUserError.of(errors), false);
    }

    @Override
    public boolean replay() {
        return replayed;
    }

    @Override
    public List<String> auditTargetIds() {
        return assessment == null ? List.of() : List.of(assessment.key().toString());
    }
}
