package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.Assessment;
import org.assay.framework.AssessmentMethod;
import org.assay.assessment.AssessmentStatus;
import org.assay.framework.scoring.Rating;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment as the schema shows it. The objects it names are fields resolved for a whole list at once:
 * {@code supplier} and {@code assessmentBody} by {@link AssessmentParties}, {@code site}, {@code supersedes},
 * {@code certificate} and {@code version} by {@link AssessmentLinks}; the {@code @Ignore}d keys carry their ids.
 */
@Name("Assessment")
@Description("One evaluation of a supplier (optionally one site) against one framework version by one method. "
        + "Immutable once published; corrections are new assessments that supersede it.")
public record AssessmentView(
        @NonNull @Id @Description("Global id of the assessment.") String id,
        @Ignore UUID key,
        @Ignore UUID supplierKey,
        @Id @Deprecated(reason = "Use `site { id }`: the object field resolves the site under supplier's rule; this field keeps the "
                + "legacy raw id until it is removed.") @Description("The legacy raw id of the site assessed; null for the whole supplier.") String siteId,
        @NonNull @Id @Deprecated(reason = "Use `version { id }`: the object field resolves the version under framework's rule; "
                + "this field keeps the legacy raw id until it is removed.") @Description("The legacy raw id of the framework version the assessment uses.") String frameworkVersionId,
        @Ignore UUID frameworkVersionKey,
        @NonNull @Deprecated(reason = "Use `version { number }`: the object field resolves the version under framework's rule; this "
                + "field keeps the number until it is removed.") @Description("Framework version number, e.g. `1.0`.") String frameworkVersion,
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
        @Id @Deprecated(reason = "Use `supersedes { id }`: an assessment's id is its global id now; this field keeps the legacy raw id "
                + "until it is removed.") @Description("The legacy raw id of the published assessment this one corrects, if any.") String supersedesId,
        @Id @Deprecated(reason = "Use `certificate { id }`: the object field resolves the certificate; this field keeps the legacy raw id "
                + "until it is removed.") @Description("The legacy raw id of the verified certificate behind a certificate recognition.") String certificateId,
        @Ignore UUID siteKey,
        @Ignore UUID supersedesKey,
        @Ignore UUID certificateKey) implements Node {

    /** The node type of assessments: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("Assessment");

    static AssessmentView of(Assessment a, String versionLabel) {
        return new AssessmentView(TYPE.id(a.id), a.id, a.supplierId, Uuids.str(a.siteId), a.versionId.toString(), a.versionId, versionLabel, a.method, a.status,
                a.assessmentBodyId, a.createdAt, a.assignedAt, a.submittedAt, a.publishedAt, a.validFrom, a.validUntil,
                a.overallScore, a.rating, a.bandRating, Uuids.str(a.supersedesId), Uuids.str(a.certificateId),
                a.siteId, a.supersedesId, a.certificateId);
    }
}
