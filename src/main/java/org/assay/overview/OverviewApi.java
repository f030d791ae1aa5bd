package org.assay.overview;

import jakarta.inject.Inject;
import io.smallrye.graphql.api.Deprecated;
import jakarta.transaction.Transactional;
import org.assay.framework.AssessmentMethod;
import org.assay.assessment.api.ThemeScoreView;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.cap.api.ActionCounts;
import org.assay.platform.Allow;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.portfolio.SpendBand;
import org.assay.sharing.AccessLevel;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Set;

/**
 * The member's portfolio overview: counts, the filtered and sorted supplier list, and the member's requirement profile.
 * Thin: maps arguments, calls {@link PortfolioOverviewService} and {@link RequirementProfiles}, maps results. Members
 * only; everything is scoped to the caller's own portfolio, and results show only where the supplier shares them.
 */
@GraphQLApi
public class OverviewApi {

    @Inject
    PortfolioOverviewService service;

    @Inject
    RequirementProfiles profiles;

    // ---- queries ----

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("Counts over the caller's portfolio (after the filter): suppliers by status, by current rating, by open and overdue "
            + "corrective actions per severity, and by requirement-profile verdict. Only results shared with you count: a supplier "
            + "you hold no live grant for is NOT_SHARED and counts nowhere else. Members only.")
    public PortfolioOverviewView portfolioOverview(@Description("Filters; all optional, combined with AND.") PortfolioSupplierFilter filter) {
        PortfolioCriteria criteria = PortfolioSupplierFilter.criteria(filter);
        return PortfolioOverviewView.of(service.counts(service.scope(), criteria));
    }

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's portfolio, one row per supplier with the caller's tags and the supplier's shared results (status, current and "
            + "published rating, scores, validity, method, corrective actions, requirement-profile verdict), filtered, sorted and paged "
            + "in the database. Results of a supplier you hold no live grant for are null (status NOT_SHARED). Each read of a shown "
            + "published assessment is recorded for its supplier. Members only.")
    public PortfolioSupplierConnection portfolioSuppliers(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`, with the same sort).") String after,
            @Description("Filters; all optional, combined with AND.") PortfolioSupplierFilter filter,
            @Description("Order; ties by supplier name, then id.") @DefaultValue("NAME") PortfolioSort sort) {
        PageRequest page = PageRequest.of(first, after);
        PortfolioSort order = sort == null ? PortfolioSort.NAME : sort;
        PortfolioCriteria criteria = PortfolioSupplierFilter.criteria(filter);
        PortfolioOverviewService.Chunk chunk = service.rows(service.scope(), criteria, order,
                PortfolioOverviewService.keysetOf(order, page), page.first());
        return page.slice(chunk.rows(), chunk.more(), l -> PortfolioOverviewService.cursorOf(order, l.row().keyset()))
                .connection(PortfolioSupplierView::of, PortfolioSupplierConnection.PortfolioSupplierEdge::new, PortfolioSupplierConnection::new);
    }

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's requirement profile; null when it has none. No member sees another's. Members only.")
    public RequirementProfileView myRequirementProfile() {
        return RequirementProfileView.of(profiles.mine());
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Define the caller's requirement profile (one per member): the minimum its suppliers should meet. At least one criterion. "
            + "A member that already has one gets `ALREADY_EXISTS` (use `updateRequirementProfile`). Members only.")
    public RequirementProfilePayload createRequirementProfile(@NonNull @Description("The criteria.") RequirementProfileInput input) {
        return new RequirementProfilePayload(RequirementProfileView.of(profiles.create(input.criteria())));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Replace the caller's requirement profile: a criterion not given is no longer asked. `NOT_FOUND` when there is none. Members only.")
    public RequirementProfilePayload updateRequirementProfile(@NonNull @Description("The new criteria.") RequirementProfileInput input) {
        return new RequirementProfilePayload(RequirementProfileView.of(profiles.update(input.criteria())));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Remove the caller's requirement profile; suppliers are no longer evaluated. `NOT_FOUND` when there is none. Members only.")
    public RequirementProfilePayload clearRequirementProfile() {
        return new RequirementProfilePayload(RequirementProfileView.of(profiles.clear()));
    }

    // ---- inputs ----

    @Name("PortfolioSupplierFilter")
    @Description("Filters of the portfolio overview and list; every one optional, combined with AND. Filters on results "
            + "(`ratingAtOrBelow`, `expiringWithinDays`, `hasOverdueCriticalActions`) never match a NOT_SHARED supplier.")
    public static class PortfolioSupplierFilter {
        @Description("Supplier name starts with this text (case-insensitive).")
        public String namePrefix;
        @Description("Any of these statuses.")
        public List<@NonNull PortfolioSupplierStatus> status;
        @Description("Current rating is this one or worse (e.g. BB: BB, B or C). Unrated suppliers do not match.")
        public Rating ratingAtOrBelow;
        @Description("The latest published assessment ends within this many days (0–3660): from today to today + N; expired ones do not match.")
        public Integer expiringWithinDays;
        @Description("True: at least one critical corrective action is overdue. False: shared, and none is.")
        public Boolean hasOverdueCriticalActions;
        @Description("ISO 3166-1 alpha-2 country: the supplier is registered there or has an active site there.")
        public String country;
        @Description("The supplier's profile lists this mineral or one of its active sites handles it (the same meaning as in `portfolio`).")
        public Mineral mineral;
        @Description("True: an active site is in a CAHRA; false: none is.")
        public Boolean inCahra;
        @Description("Your category, exactly (case-insensitive).")
        public String category;
        @Description("Your spend band.")
        public SpendBand spendBand;
        @Description("Your internal id, exactly.")
        public String internalId;
        @Description("Verdict against your requirement profile (needs a profile: INVALID_ARGUMENT otherwise).")
        public RequirementVerdict requirementVerdict;

        static PortfolioCriteria criteria(PortfolioSupplierFilter f) {
            if (f == null) {
                return PortfolioCriteria.NONE;
            }
            return new PortfolioCriteria(f.namePrefix, f.status == null ? Set.of() : Set.copyOf(f.status), f.ratingAtOrBelow,
                    f.expiringWithinDays, f.hasOverdueCriticalActions, f.country, f.mineral, f.inCahra, f.category, f.spendBand,
                    f.internalId, f.requirementVerdict);
        }
    }

    @Name("RequirementProfileInput")
    @Description("A requirement profile: the minimum your suppliers should meet. Every criterion is optional, at least one is set. "
            + "Any profile also needs a published assessment that is still valid today.")
    public static class RequirementProfileInput {
        @Description("The current rating is at least this one.")
        public Rating minCurrentRating;
        @Description("True: no applicable essential indicator of the latest published assessment scored below the framework's essential floor.")
        public Boolean essentialIndicatorsMet;
        @Description("True: no critical corrective action is overdue.")
        public Boolean noOverdueCriticalActions;
        @Description("The assessment method is at least this strong (SELF_ASSESSMENT < CERTIFICATE_RECOGNITION < DESK_REVIEW < ON_SITE_AUDIT).")
        public AssessmentMethod minMethod;
        @Description("The latest published assessment is valid for at least this many more days (1–1830).")
        public Integer minDaysValid;

        RequirementCheck.Criteria criteria() {
            return new RequirementCheck.Criteria(minCurrentRating, Boolean.TRUE.equals(essentialIndicatorsMet),
                    Boolean.TRUE.equals(noOverdueCriticalActions), minMethod, minDaysValid);
        }
    }

    // ---- views ----

    @Name("PortfolioSupplier")
    @Description("One supplier of your portfolio: your tags and, where the supplier shares its results with you, its status and results. "
            + "Result fields are null when `access` is NOT_SHARED.")
    public record PortfolioSupplierView(
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
            @Id @Description("The latest published assessment.") String assessmentId,
            @Description("Open and overdue corrective actions by severity; null when not shared.") ActionCounts actions,
            @Description("Overdue corrective actions, all severities; null when not shared.") Integer overdueActionCount,
            @Description("Verdict against your requirement profile; null when you have none.") RequirementEvaluationView requirements,
            @Ignore UUID supplierKey,
            @Ignore UUID entryKey) {

        static PortfolioSupplierView of(PortfolioOverviewService.Listed l) {
            PortfolioRow r = l.row();
            PortfolioRow.ActionTally a = r.actions();
            return new PortfolioSupplierView(r.supplierId().toString(), r.name(), r.country(), r.entryId().toString(), r.internalId(),
                    r.category(), r.spendBand(), r.access(), r.status(), r.currentRating(), r.publishedRating(), r.overallScore(),
                    l.themeScores().stream().map(t -> new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount())).toList(),
                    r.validUntil(), r.method(), r.assessmentId() == null ? null : r.assessmentId().toString(),
                    a == null ? null : new ActionCounts(a.openCritical(), a.openMajor(), a.openMinor(), a.overdueCritical(), a.overdueMajor(), a.overdueMinor()),
                    a == null ? null : a.overdueTotal(),
                    RequirementEvaluationView.of(l.requirements()), r.supplierId(), r.entryId());
        }
    }

    @Name("PortfolioSupplierConnection")
    @Description("A page of your portfolio.")
    public record PortfolioSupplierConnection(
            @NonNull @Description("The suppliers of this page, in the requested order, each with its cursor.") List<@NonNull PortfolioSupplierEdge> edges,
            @NonNull @Description("The suppliers of this page, in the requested order.") List<@NonNull PortfolioSupplierView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of your portfolio, with its cursor.")
        public record PortfolioSupplierEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") PortfolioSupplierView node) {
        }
    }

    @Name("RequirementEvaluation")
    @Description("How a supplier compares with your requirement profile, and why.")
    public record RequirementEvaluationView(
            @NonNull @Description("The verdict.") RequirementVerdict verdict,
            @NonNull @Description("Every reason it does not meet the profile (or cannot be evaluated); empty when it meets it.") List<@NonNull RequirementReasonView> reasons) {
        static RequirementEvaluationView of(RequirementCheck.Outcome o) {
            return o == null ? null : new RequirementEvaluationView(o.verdict(),
                    o.reasons().stream().map(x -> new RequirementReasonView(x.code(), x.message())).toList());
        }
    }

    @Name("RequirementReason")
    @Description("One reason a supplier does not meet your requirement profile.")
    public record RequirementReasonView(@NonNull @Description("Stable code.") RequirementReasonCode code,
                                        @NonNull @Description("Explanation, in English.") String message) {
    }

    @Name("RequirementProfile")
    @Description("Your requirement profile: the minimum your suppliers should meet. Any profile also needs a published assessment "
            + "that is still valid today. No other member sees it.")
    public record RequirementProfileView(
            @Description("The current rating is at least this one.") Rating minCurrentRating,
            @Description("No applicable essential indicator of the latest published assessment scored below the framework's essential floor.") boolean essentialIndicatorsMet,
            @Description("No critical corrective action is overdue.") boolean noOverdueCriticalActions,
            @Description("The assessment method is at least this strong.") AssessmentMethod minMethod,
            @Description("The latest published assessment is valid for at least this many more days.") Integer minDaysValid,
            @NonNull @Description("When it was last changed.") Instant updatedAt) {
        static RequirementProfileView of(RequirementProfile p) {
            return p == null ? null : new RequirementProfileView(p.minCurrentRating, p.essentialIndicatorsMet, p.noOverdueCriticalActions,
                    p.minMethod, p.minDaysValid, p.updatedAt);
        }
    }

    @Name("PortfolioOverview")
    @Description("Counts over your (filtered) portfolio. Only results shared with you count: NOT_SHARED suppliers count in `suppliers` "
            + "and `byStatus` only.")
    public record PortfolioOverviewView(
            @NonNull @Description("The day the counts are for (validity and overdue are read on it).") LocalDate asOf,
            @Description("Suppliers matching the filter.") int suppliers,
            @NonNull @Description("Suppliers by status, every status listed (zero included).") List<@NonNull StatusCount> byStatus,
            @NonNull @Description("Shared suppliers with a published assessment (expired ones included), by current rating, every rating listed.") List<@NonNull RatingCount> byCurrentRating,
            @Description("Shared suppliers with no published assessment (NOT_ASSESSED or IN_PROGRESS).") int unrated,
            @NonNull @Description("Unverified and overdue corrective actions per severity (CRITICAL, MAJOR, MINOR).") List<@NonNull SeverityActionCount> actions,
            @Description("Shared suppliers with at least one overdue corrective action.") int suppliersWithOverdueActions,
            @Description("Unverified corrective actions, all severities.") int openActions,
            @Description("Overdue corrective actions, all severities.") int overdueActions,
            @Description("Suppliers by verdict against your requirement profile; null when you have none.") List<@NonNull VerdictCount> byRequirementVerdict) {

        static PortfolioOverviewView of(PortfolioOverviewService.Counts c) {
            List<SeverityActionCount> actions = c.actions().entrySet().stream().map(e -> new SeverityActionCount(e.getKey(),
                    n(e.getValue().suppliersWithOpen()), n(e.getValue().suppliersWithOverdue()), n(e.getValue().open()),
                    n(e.getValue().overdue()))).toList();
            return new PortfolioOverviewView(c.asOf(), n(c.suppliers()),
                    Arrays.stream(PortfolioSupplierStatus.values()).map(s -> new StatusCount(s, n(c.byStatus().get(s)))).toList(),
                    Arrays.stream(Rating.values()).map(r -> new RatingCount(r, n(c.byCurrentRating().get(r)))).toList(),
                    n(c.unrated()), actions, n(c.suppliersWithOverdueActions()),
                    actions.stream().mapToInt(SeverityActionCount::open).sum(), actions.stream().mapToInt(SeverityActionCount::overdue).sum(),
                    c.byVerdict() == null ? null
                            : Arrays.stream(RequirementVerdict.values()).map(v -> new VerdictCount(v, n(c.byVerdict().get(v)))).toList());
        }

        private static int n(long v) {
            return Math.toIntExact(v);
        }
    }

    @Name("PortfolioStatusCount")
    @Description("Suppliers of one status.")
    public record StatusCount(@NonNull @Description("The status.") PortfolioSupplierStatus status,
                              @Description("How many suppliers.") int suppliers) {
    }

    @Name("PortfolioRatingCount")
    @Description("Suppliers with one current rating.")
    public record RatingCount(@NonNull @Description("The current rating.") Rating rating,
                              @Description("How many suppliers.") int suppliers) {
    }

    @Name("PortfolioActionCount")
    @Description("Corrective actions of one severity over your portfolio (shared suppliers only).")
    public record SeverityActionCount(@NonNull @Description("CRITICAL, MAJOR or MINOR.") Severity severity,
                                      @Description("Suppliers with at least one unverified action of this severity.") int suppliersWithOpen,
                                      @Description("Suppliers with at least one overdue action of this severity.") int suppliersWithOverdue,
                                      @Description("Unverified actions of this severity.") int open,
                                      @Description("Overdue actions of this severity.") int overdue) {
    }

    @Name("PortfolioVerdictCount")
    @Description("Suppliers with one verdict against your requirement profile.")
    public record VerdictCount(@NonNull @Description("The verdict.") RequirementVerdict verdict,
                               @Description("How many suppliers.") int suppliers) {
    }

    // ---- payloads ----

    @Description("Result of a change to your requirement profile.")
    public static class RequirementProfilePayload extends MutationPayload {
        private RequirementProfileView profile;

        public RequirementProfilePayload() {
        }

        RequirementProfilePayload(RequirementProfileView profile) {
            this.profile = profile;
        }

        @Description("The profile after the change (as it was, when cleared); null when there are user errors.")
        public RequirementProfileView getProfile() {
            return profile;
        }

        @Override
        public List<String> auditTargetIds() {
            return List.of();
        }
    }
}
