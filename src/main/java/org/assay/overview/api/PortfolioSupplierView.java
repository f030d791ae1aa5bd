package org.assay.overview.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.api.ThemeScoreView;
import org.assay.cap.api.ActionCounts;
import org.assay.overview.PortfolioOverviewService;
import org.assay.overview.PortfolioRow;
import org.assay.overview.PortfolioSupplierStatus;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.portfolio.SpendBand;
import org.assay.sharing.AccessLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One supplier of the member's portfolio, as the overview shows it. */
@Name("PortfolioSupplier")
@Description("One supplier of your portfolio: your tags and, where the supplier shares its results with you, its status and results. "
        + "Result fields are null when `access` is NOT_SHARED.")
public record PortfolioSupplierView(
        @NonNull @Id @Description("Global id of this row of your portfolio (one per portfolio entry; only you see it).") String id,
        @NonNull @Id @Deprecated(reason = "Use `supplier { id }`: an organisation's id is its global id now; this field keeps the "
                + "legacy raw id until it is removed.") @Description("The supplier organisation's legacy raw id.") String supplierId,
        @NonNull @Description("Supplier's legal name.") String name,
        @NonNull @Description("Supplier's country of registration (ISO 3166-1 alpha-2).") String country,
        @NonNull @Id @Deprecated(reason = "Use `entry { id }`: a portfolio entry's id is its global id now; this field keeps the "
                + "legacy raw id until it is removed.") @Description("Your portfolio entry's legacy raw id.") String entryId,
        @Description("Your internal id for the supplier.") String internalId,
        @Description("Your category.") String category,
        @Description("Your spend band.") SpendBand spendBand,
        @NonNull @Description("How far the supplier shares its results with you today.") AccessLevel access,
        @NonNull @Description("Status; NOT_SHARED without a live grant.") PortfolioSupplierStatus status,
        @Description("Current rating: the published rating, with the critical-finding cap lifted once every critical action is verified.") Rating currentRating,
        @Description("Rating of the latest published assessment (never changes).") Rating publishedRating,
        @Description("Overall score 0–100 of the latest published assessment.") BigDecimal overallScore,
        @NonNull @Description("Theme scores of the latest published assessment, by theme code; empty when none is shared.") List<@NonNull ThemeScoreView> themeScores,
        @Description("Last day of validity of the latest published assessment.") LocalDate validUntil,
        @Description("Method of the latest published assessment.") AssessmentMethod method,
        @Id @Deprecated(reason = "Use `latestAssessment { id }`: the assessment as far as its supplier shares it with you; this field "
                + "keeps the legacy raw id until it is removed.") @Description("The legacy raw id of the latest published assessment.") String assessmentId,
        @Description("Open and overdue corrective actions by severity; null when not shared.") ActionCounts actions,
        @Description("Overdue corrective actions, all severities; null when not shared.") Integer overdueActionCount,
        @Description("Verdict against your requirement profile; null when you have none.") RequirementEvaluationView requirements,
        @Ignore UUID supplierKey,
        @Ignore UUID entryKey,
        @Ignore UUID assessmentKey) implements Node {

    /** The node type of portfolio rows (a row's global id encodes its portfolio entry). */
    public static final NodeType TYPE = new NodeType("PortfolioSupplier");

    static PortfolioSupplierView of(PortfolioOverviewService.Listed l) {
        PortfolioRow r = l.row();
        PortfolioRow.ActionTally a = r.actions();
        return new PortfolioSupplierView(TYPE.id(r.entryId()), r.supplierId().toString(), r.name(), r.country(), r.entryId().toString(), r.internalId(),
                r.category(), r.spendBand(), r.access(), r.status(), r.currentRating(), r.publishedRating(), r.overallScore(),
                l.themeScores().stream().map(t -> new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount())).toList(),
                r.validUntil(), r.method(), r.assessmentId() == null ? null : r.assessmentId().toString(),
                a == null ? null : new ActionCounts(a.openCritical(), a.openMajor(), a.openMinor(), a.overdueCritical(), a.overdueMajor(), a.overdueMinor()),
                a == null ? null : a.overdueTotal(),
                RequirementEvaluationView.of(l.requirements()), r.supplierId(), r.entryId(), r.assessmentId());
    }
}
