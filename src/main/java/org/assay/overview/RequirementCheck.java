package org.assay.overview;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member's requirement profile applied to one supplier: plain code, no framework.
 *
 * <p>Definitions (also in docs/api/portfolio-overview.md):
 * <ul>
 *   <li>Only a supplier that shares its results with the member (a live grant at SUMMARY or FULL) can be evaluated;
 *   otherwise the verdict is {@link RequirementVerdict#NOT_SHARED}.</li>
 *   <li>Every profile implicitly asks for a published assessment that is still valid today: without one the supplier
 *   does not meet it ({@code NO_PUBLISHED_ASSESSMENT}, {@code ASSESSMENT_EXPIRED}). The criteria are read on the
 *   supplier's latest published assessment (the one its status and rating come from).</li>
 *   <li>Current rating at least X: the current rating (published rating, with the open-critical cap lifted once every
 *   critical action is verified) is X or better.</li>
 *   <li>Every essential indicator met: no applicable essential indicator of the latest published assessment scored
 *   below its framework version's essential floor (recorded at publication; not-applicable essentials with a
 *   justification leave the count). An assessment published before that was recorded does not meet it
 *   ({@code ESSENTIALS_NOT_RECORDED}).</li>
 *   <li>No overdue critical action: no critical corrective action of the supplier is past its due date and unverified.</li>
 *   <li>Method at least Y: {@link AssessmentMethod#isAtLeast}.</li>
 *   <li>Valid for at least N more days: the last day of validity is today + N or later.</li>
 * </ul>
 * {@link #meetsSql} states the same rule in SQL for filtering and counting a whole portfolio; a test checks the two
 * agree.
 */
public final class RequirementCheck {

    private RequirementCheck() {
    }

    /** The member's minimum; null / false criteria are not asked. */
    public record Criteria(Rating minCurrentRating, boolean essentialIndicatorsMet, boolean noOverdueCriticalActions,
                           AssessmentMethod minMethod, Integer minDaysValid) {
        public boolean isEmpty() {
            return minCurrentRating == null && !essentialIndicatorsMet && !noOverdueCriticalActions && minMethod == null
                    && minDaysValid == null;
        }
    }

    /**
     * What the member may know of one supplier. When {@code shared} is false nothing else is read.
     *
     * @param published                whether the supplier has a published assessment (the latest one is described below)
     * @param essentialCodesBelowFloor essential indicators below the floor in it; null when not recorded
     */
    public record Facts(boolean shared, boolean published, Rating currentRating, LocalDate validUntil, AssessmentMethod method,
                        List<String> essentialCodesBelowFloor, int overdueCriticalActions) {

        public static Facts notShared() {
            return new Facts(false, false, null, null, null, null, 0);
        }
    }

    /** One reason, coded, with an English explanation. */
    public record Reason(RequirementReasonCode code, String message) {
    }

    /** The verdict and every reason (empty when the supplier meets the profile). */
    public record Outcome(RequirementVerdict verdict, List<Reason> reasons) {
        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }

    public static Outcome evaluate(Criteria c, Facts f, LocalDate today) {
        if (!f.shared()) {
            return new Outcome(RequirementVerdict.NOT_SHARED, List.of(new Reason(RequirementReasonCode.NOT_SHARED,
                    "The supplier has not shared its results with you; ask it to share them to evaluate it.")));
        }
        if (!f.published()) {
            return new Outcome(RequirementVerdict.DOES_NOT_MEET, List.of(new Reason(RequirementReasonCode.NO_PUBLISHED_ASSESSMENT,
                    "No assessment of this supplier is published.")));
        }
        List<Reason> reasons = new ArrayList<>();
        boolean expired = f.validUntil().isBefore(today);
        if (expired) {
            reasons.add(new Reason(RequirementReasonCode.ASSESSMENT_EXPIRED, "The latest assessment expired on " + f.validUntil() + "."));
        } else if (c.minDaysValid() != null && f.validUntil().isBefore(today.plusDays(c.minDaysValid()))) {
            long left = ChronoUnit.DAYS.between(today, f.validUntil());
            reasons.add(new Reason(RequirementReasonCode.VALIDITY_TOO_SHORT, "The latest assessment is valid until " + f.validUntil()
                    + " (" + left + " more day" + (left == 1 ? "" : "s") + "); your profile asks for at least " + c.minDaysValid() + "."));
        }
        if (c.minCurrentRating() != null && (f.currentRating() == null || !f.currentRating().isAtLeast(c.minCurrentRating()))) {
            reasons.add(new Reason(RequirementReasonCode.RATING_BELOW_MINIMUM, "The current rating "
                    + (f.currentRating() == null ? "is unknown" : f.currentRating() + " is below")
                    + " your minimum of " + c.minCurrentRating() + "."));
        }
        if (c.essentialIndicatorsMet()) {
            if (f.essentialCodesBelowFloor() == null) {
                reasons.add(new Reason(RequirementReasonCode.ESSENTIALS_NOT_RECORDED,
                        "The latest assessment was published before essential results were recorded; whether every essential indicator is met is unknown."));
            } else if (!f.essentialCodesBelowFloor().isEmpty()) {
                reasons.add(new Reason(RequirementReasonCode.ESSENTIAL_BELOW_FLOOR,
                        (f.essentialCodesBelowFloor().size() == 1 ? "Essential indicator " : "Essential indicators ")
                                + String.join(", ", f.essentialCodesBelowFloor()) + " scored below the framework's essential floor."));
            }
        }
        if (c.noOverdueCriticalActions() && f.overdueCriticalActions() > 0) {
            reasons.add(new Reason(RequirementReasonCode.OVERDUE_CRITICAL_ACTIONS, f.overdueCriticalActions() + " critical corrective action"
                    + (f.overdueCriticalActions() == 1 ? " is" : "s are") + " overdue."));
        }
        if (c.minMethod() != null && (f.method() == null || !f.method().isAtLeast(c.minMethod()))) {
            reasons.add(new Reason(RequirementReasonCode.METHOD_BELOW_MINIMUM, "Assessed by " + f.method()
                    + "; your profile asks for at least " + c.minMethod() + "."));
        }
        return new Outcome(reasons.isEmpty() ? RequirementVerdict.MEETS : RequirementVerdict.DOES_NOT_MEET, reasons);
    }

    /**
     * The same rule as {@link #evaluate} as a SQL boolean (true: MEETS) over one row of the portfolio query, whose
     * columns are {@code level_rank} (null when not shared), {@code assessment_id}, {@code valid_until},
     * {@code current_rank} and {@code method_rank} (1-based positions in {@link Rating} and {@link AssessmentMethod}
     * order), {@code essentials_below} (comma-separated codes; '' none; null not recorded) and
     * {@code overdue_critical}. Never null. Parameters are added to {@code params}, prefixed {@code rq_}.
     */
    public static String meetsSql(Criteria c, String alias, LocalDate today, Map<String, Object> params) {
        String r = alias + ".";
        StringBuilder sql = new StringBuilder("coalesce((").append(r).append("level_rank is not null and ").append(r)
                .append("assessment_id is not null and ").append(r).append("valid_until >= :rq_today");
        params.put("rq_today", today);
        if (c.minDaysValid() != null) {
            sql.append(" and ").append(r).append("valid_until >= :rq_valid_min");
            params.put("rq_valid_min", today.plusDays(c.minDaysValid()));
        }
        if (c.minCurrentRating() != null) {
            sql.append(" and ").append(r).append("current_rank <= :rq_rating_rank");
            params.put("rq_rating_rank", c.minCurrentRating().ordinal() + 1);
        }
        if (c.essentialIndicatorsMet()) {
            sql.append(" and ").append(r).append("essentials_below = ''");
        }
        if (c.noOverdueCriticalActions()) {
            sql.append(" and ").append(r).append("overdue_critical = 0");
        }
        if (c.minMethod() != null) {
            sql.append(" and ").append(r).append("method_rank >= :rq_method_rank");
            params.put("rq_method_rank", c.minMethod().ordinal() + 1);
        }
        return sql.append("), false)").toString();
    }

    /** The verdict as a SQL text expression ({@link RequirementVerdict} names) over the same row. */
    public static String verdictSql(Criteria c, String alias, LocalDate today, Map<String, Object> params) {
        return "case when " + alias + ".level_rank is null then 'NOT_SHARED' when " + meetsSql(c, alias, today, params)
                + " then 'MEETS' else 'DOES_NOT_MEET' end";
    }
}
