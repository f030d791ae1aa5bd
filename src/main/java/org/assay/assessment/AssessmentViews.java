package org.assay.assessment;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.AppliedCap;
import org.assay.framework.scoring.CapKind;
import org.assay.framework.scoring.IndicatorScoreStatus;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoreCard;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.eclipse.microprofile.graphql.Description;
import io.smallrye.graphql.api.Deprecated;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GraphQL views of assessments (records named for the schema). */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    @Name("OrganisationRef")
    @Description("An organisation named in a result: id and name only.")
    public record OrganisationRef(@NonNull @Id @Description("Organisation id.") String id,
                                  @NonNull @Description("Legal name.") String name) {
    }

    @Name("Assessment")
    @Description("One evaluation of a supplier (optionally one site) against one framework version by one method. "
            + "Immutable once published; corrections are new assessments that supersede it.")
    public record AssessmentView(
            @NonNull @Id @Description("Opaque id.") String id,
            @Ignore UUID supplierKey,
            @Id @Description("The site assessed; null for the whole supplier.") String siteId,
            @NonNull @Id @Description("Framework version the assessment uses.") String frameworkVersionId,
            @NonNull @Description("Framework version number, e.g. `1.0`.") String frameworkVersion,
            @NonNull @Description("How it is performed.") AssessmentMethod method,
            @NonNull @Description("Where it stands.") AssessmentStatus status,
            @Ignore UUID assessmentBodyKey,
            @NonNull @Description("When it was created.") Instant createdAt,
            @Description("When it was assigned.") Instant assignedAt,
            @Description("When it was submitted.") Instant submittedAt,
            @Description("When it was published.") Instant publishedAt,
            @Description("First day of validity (publication date).") LocalDate validFrom,
            @Description("Last day of validity.") LocalDate validUntil,
            @Description("Overall score 0–100 (published assessments).") BigDecimal overallScore,
            @Description("Rating after caps (published assessments).") Rating rating,
            @Description("Rating from the score band, before caps (published assessments).") Rating bandRating,
            @Id @Description("The published assessment this one corrects, if any.") String supersedesId,
            @Id @Description("Verified certificate behind a certificate recognition.") String certificateId) {

        /** The supplier ({@code supplier}) and the body ({@code assessmentBody}) are resolved for a whole list by {@code api.AssessmentParties}. */
        static AssessmentView of(Assessment a, String versionLabel) {
            return new AssessmentView(a.id.toString(), a.supplierId,
                    str(a.siteId), a.versionId.toString(), versionLabel, a.method, a.status,
                    a.assessmentBodyId,
                    a.createdAt, a.assignedAt, a.submittedAt, a.publishedAt, a.validFrom, a.validUntil,
                    a.overallScore, a.rating, a.bandRating, str(a.supersedesId), str(a.certificateId));
        }
    }

    @Name("Answer")
    @Description("The answer to one indicator.")
    public record AnswerView(
            @NonNull @Description("Indicator code.") String indicatorCode,
            @Description("YES_NO answer.") Boolean yes,
            @Description("MATURITY level 0–4.") Integer maturity,
            @Description("NUMBER value, in the indicator's unit.") BigDecimal number,
            @Description("TEXT answer.") String text,
            @Id @Description("DOCUMENT answer.") String documentId,
            @Description("Marked not applicable (leaves the score's denominator).") boolean notApplicable,
            @Description("Why it is not applicable.") String justification,
            @Description("Comment of the person who answered.") String comment,
            @NonNull @Description("Supporting documents.") List<@NonNull String> evidenceDocumentIds,
            @NonNull @Description("Who answered.") AnswerSource source,
            @NonNull @Description("When.") Instant answeredAt) {

        public static AnswerView of(AssessmentAnswer x) {
            return new AnswerView(x.key.indicatorCode, x.yes, x.maturity == null ? null : x.maturity.intValue(), x.numberValue,
                    x.textValue, str(x.documentId), x.notApplicable, x.justification, x.comment,
                    Arrays.stream(x.evidenceIds).map(UUID::toString).toList(), x.source, x.answeredAt);
        }
    }

    @Name("Finding")
    @Description("A non-conformity or observation raised by the assessor.")
    public record FindingView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Id @Description("Assessment it was raised in.") String assessmentId,
            @NonNull @Description("How serious it is.") Severity severity,
            @NonNull @Description("Short title.") String title,
            @NonNull @Description("What was found.") String description,
            @NonNull @Description("Indicators it concerns.") List<@NonNull String> indicatorCodes,
            @NonNull @Description("Supporting documents.") List<@NonNull String> evidenceDocumentIds,
            @NonNull @Description("When it was raised.") Instant raisedAt) {

        public static FindingView of(Finding f) {
            return new FindingView(f.id.toString(), f.assessmentId.toString(), f.severity, f.title, f.description,
                    List.of(f.indicatorCodes), Arrays.stream(f.evidenceIds).map(UUID::toString).toList(), f.raisedAt);
        }
    }

    @Name("AssessmentRequest")
    @Description("A member's request for an assessment and what the \"assess once\" rule made of it.")
    public record RequestView(
            @NonNull @Id @Description("Opaque id.") String id,
            @NonNull @Description("The supplier to assess.") OrganisationRef supplier,
            @Id @Description("The site to assess; null for the whole supplier.") String siteId,
            @NonNull @Description("Weakest method the member accepts.") AssessmentMethod minimumMethod,
            @NonNull @Description("What the rule decided.") RequestOutcome outcome,
            @NonNull @Id @Description("The assessment that answers the request (new, joined or existing).") String assessmentId,
            @NonNull @Description("Method of that assessment.") AssessmentMethod assessmentMethod,
            @NonNull @Description("Status of that assessment now.") AssessmentStatus assessmentStatus,
            @NonNull @Description("When the request was made.") Instant requestedAt) {
    }

    @Name("RatingBreakdown")
    @Description("Why an assessment has its rating: every indicator's score and weight, every theme's score, and the caps.")
    public record BreakdownView(
            @NonNull @Id @Description("The assessment.") String assessmentId,
            @Description("Overall score 0–100: weighted mean of theme scores; null when nothing is scored.") BigDecimal overall,
            @Description("Rating from the score band alone.") Rating bandRating,
            @Description("Rating after caps.") Rating rating,
            @NonNull @Description("Theme scores.") List<@NonNull ThemeScoreView> themes,
            @NonNull @Description("Indicator scores.") List<@NonNull IndicatorScoreView> indicators,
            @NonNull @Description("Caps whose condition holds (and whether they lowered the rating).") List<@NonNull CapView> caps,
            @NonNull @Description("Scored indicators without an answer (they leave the denominator).") List<@NonNull String> unanswered) {

        static BreakdownView of(UUID id, ScoreCard c) {
            return new BreakdownView(id.toString(), c.overall(), c.bandRating(), c.rating(),
                    c.themes().stream().map(t -> new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount())).toList(),
                    c.indicators().stream().map(i -> new IndicatorScoreView(i.code(), i.themeCode(), i.classification(), i.weight(), i.score(), i.status())).toList(),
                    c.caps().stream().map(CapView::of).toList(), c.unanswered());
        }
    }

    @Name("ThemeScore")
    @Description("A theme's score: weighted mean of its scored indicators.")
    public record ThemeScoreView(@NonNull @Description("Theme code.") String code,
                                 @NonNull @Description("Theme weight in the overall score.") BigDecimal weight,
                                 @Description("Score 0–100; null when nothing in the theme is scored.") BigDecimal score,
                                 @Description("Number of indicators that counted.") int scoredIndicatorCount) {
    }

    @Name("IndicatorScore")
    @Description("One indicator's contribution.")
    public record IndicatorScoreView(@NonNull @Description("Indicator code.") String code,
                                     @NonNull @Description("Theme it belongs to.") String themeCode,
                                     @NonNull @Description("Essential or optional.") Classification classification,
                                     @NonNull @Description("Weight within its theme.") BigDecimal weight,
                                     @Description("Score 0–100; null when not scored.") BigDecimal score,
                                     @NonNull @Description("Whether and why it counted.") IndicatorScoreStatus status) {
    }

    @Name("RatingCap")
    @Description("A rule that limits the rating regardless of the score.")
    public record CapView(@NonNull @Description("Which rule.") CapKind kind,
                          @NonNull @Description("Best rating allowed by the rule.") Rating cappedAt,
                          @NonNull @Description("Why the rule applies.") String reason,
                          @NonNull @Description("Indicators behind it (essential indicators below the floor).") List<@NonNull String> indicatorCodes,
                          @Description("Whether the rule actually lowered the rating.") boolean lowered) {
        static CapView of(AppliedCap c) {
            return new CapView(c.kind(), c.cappedAt(), c.reason(), c.indicatorCodes(), c.lowered());
        }
    }

    @Name("SupplierStatus")
    @Description("A supplier's status derived from its assessments and today's date.")
    public record SupplierStatusView(@NonNull @Id @Deprecated(reason = "Use `supplier { id }`: an organisation's id is its global id now; "
                                             + "this field keeps the legacy raw id until it is removed.")
                                     @Description("The supplier's legacy raw id.") String supplierId,
                                     @NonNull @Description("Status.") SupplierStatusKind status,
                                     @Description("Rating of the latest published assessment.") Rating rating,
                                     @Description("Its overall score.") BigDecimal overallScore,
                                     @Description("Its last day of validity.") LocalDate validUntil,
                                     @Id @Description("That assessment.") String assessmentId,
                                     @Description("Whether an assessment is under way.") boolean assessmentInProgress,
                                     @Ignore UUID supplierKey) {
        public static SupplierStatusView of(java.util.UUID supplierId, SupplierStatusRule.Derived d) {
            return new SupplierStatusView(supplierId.toString(), d.kind(), d.rating(), d.overall(), d.validUntil(), str(d.assessmentId()),
                    d.assessmentInProgress(), supplierId);
        }
    }

    @Name("Certificate")
    @Description("A certificate a supplier holds under a recognised scheme.")
    public record CertificateView(@NonNull @Id @Description("Opaque id.") String id,
                                  @NonNull @Description("Scheme code, e.g. ISO_14001, RMI_RMAP.") String schemeCode,
                                  @NonNull @Description("Certificate number.") String number,
                                  @NonNull @Description("Issuing body.") String issuer,
                                  @NonNull @Description("First day of validity.") LocalDate validFrom,
                                  @NonNull @Description("Last day of validity.") LocalDate validUntil,
                                  @Id @Description("The certificate document.") String documentId,
                                  @NonNull @Description("Whether an assessor checked it.") CertificateStatus status) {
        static CertificateView of(Certificate c) {
            return new CertificateView(c.id.toString(), c.schemeCode, c.number, c.issuer, c.validFrom, c.validUntil, str(c.documentId), c.status);
        }
    }

    static String str(UUID id) {
        return id == null ? null : id.toString();
    }

}
