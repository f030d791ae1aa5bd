package org.assay.assessment.api;

import org.assay.assessment.AnswerSource;
import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.AssessmentAnswer;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The answer to one indicator; the document of a DOCUMENT answer is resolved beside it ({@link AssessmentLinks#document}). */
@Name("Answer")
@Description("The answer to one indicator.")
public record AnswerView(
        @NonNull @Description("Indicator code.") String indicatorCode,
        @Description("YES_NO answer.") Boolean yes,
        @Description("MATURITY level 0–4.") Integer maturity,
        @Description("NUMBER value, in the indicator's unit.") BigDecimal number,
        @Description("TEXT answer.") String text,
        @Id @Deprecated(reason = "Use `document` instead.")
        @Description("Raw id of the document of a DOCUMENT answer. Deprecated: use `document`.") String documentId,
        @Ignore UUID documentKey,
        @Description("Marked not applicable (leaves the score's denominator).") boolean notApplicable,
        @Description("Why it is not applicable.") String justification,
        @Description("Comment of the person who answered.") String comment,
        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use `evidence { id }`: the documents as `Document` objects, under evidence's read rule.") @Description("Raw ids of the supporting documents. Deprecated: use `evidence`.") List<@NonNull String> evidenceDocumentIds,
        @NonNull @Description("Who answered.") AnswerSource source,
        @NonNull @Description("When.") Instant answeredAt) {

    public static AnswerView of(AssessmentAnswer x) {
        return new AnswerView(x.key.indicatorCode, x.yes, x.maturity == null ? null : x.maturity.intValue(), x.numberValue,
                x.textValue, Uuids.str(x.documentId), x.documentId, x.notApplicable, x.justification, x.comment,
                Arrays.stream(x.evidenceIds).map(UUID::toString).toList(), x.source, x.answeredAt);
    }
}
