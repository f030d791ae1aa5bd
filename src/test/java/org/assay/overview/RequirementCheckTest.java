package org.assay.overview;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The requirement-profile rule as plain code. */
class RequirementCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final RequirementCheck.Criteria ALL = new RequirementCheck.Criteria(Rating.A, true, true, AssessmentMethod.DESK_REVIEW, 90);

    static RequirementCheck.Facts good() {
        return new RequirementCheck.Facts(true, true, Rating.AA, TODAY.plusDays(365), AssessmentMethod.ON_SITE_AUDIT, List.of(), 0);
    }

    static List<RequirementReasonCode> codes(RequirementCheck.Outcome o) {
        return o.reasons().stream().map(RequirementCheck.Reason::code).toList();
    }

    @Test
    void aSupplierThatHoldsEveryCriterionMeetsTheProfile() {
        RequirementCheck.Outcome o = RequirementCheck.evaluate(ALL, good(), TODAY);
        assertEquals(RequirementVerdict.MEETS, o.verdict());
        assertEquals(List.of(), o.reasons());
    }

    @Test
    void boundariesAreInclusive() {
        RequirementCheck.Facts f = new RequirementCheck.Facts(true, true, Rating.A, TODAY.plusDays(90), AssessmentMethod.DESK_REVIEW, List.of(), 0);
        assertEquals(RequirementVerdict.MEETS, RequirementCheck.evaluate(ALL, f, TODAY).verdict(), "rating A, method DESK_REVIEW and 90 days meet A / DESK_REVIEW / 90");
        RequirementCheck.Facts lastDay = new RequirementCheck.Facts(true, true, Rating.AA, TODAY, AssessmentMethod.DESK_REVIEW, List.of(), 0);
        RequirementCheck.Criteria rating = new RequirementCheck.Criteria(Rating.A, false, false, null, null);
        assertEquals(RequirementVerdict.MEETS, RequirementCheck.evaluate(rating, lastDay, TODAY).verdict(), "valid through today");
    }

    @Test
    void everyFailingCriterionIsAReason() {
        RequirementCheck.Facts bad = new RequirementCheck.Facts(true, true, Rating.BB, TODAY.plusDays(30), AssessmentMethod.SELF_ASSESSMENT,
                List.of("ENV-01", "SOC-02"), 2);
        RequirementCheck.Outcome o = RequirementCheck.evaluate(ALL, bad, TODAY);
        assertEquals(RequirementVerdict.DOES_NOT_MEET, o.verdict());
        assertEquals(List.of(RequirementReasonCode.VALIDITY_TOO_SHORT, RequirementReasonCode.RATING_BELOW_MINIMUM,
                RequirementReasonCode.ESSENTIAL_BELOW_FLOOR, RequirementReasonCode.OVERDUE_CRITICAL_ACTIONS,
                RequirementReasonCode.METHOD_BELOW_MINIMUM), codes(o));
        assertEquals("The latest assessment is valid until 2026-12-23 (30 more days); your profile asks for at least 90.", o.reasons().get(0).message());
        assertEquals("The current rating BB is below your minimum of A.", o.reasons().get(1).message());
        assertEquals("Essential indicators ENV-01, SOC-02 scored below the framework's essential floor.", o.reasons().get(2).message());
        assertEquals("2 critical corrective actions are overdue.", o.reasons().get(3).message());
        assertEquals("Assessed by SELF_ASSESSMENT; your profile asks for at least DESK_REVIEW.", o.reasons().get(4).message());
    }

    @Test
    void criteriaNotAskedAreNotChecked() {
        RequirementCheck.Facts bad = new RequirementCheck.Facts(true, true, Rating.C, TODAY.plusDays(5), AssessmentMethod.SELF_ASSESSMENT,
                List.of("ENV-01"), 3);
        RequirementCheck.Criteria onlyMethod = new RequirementCheck.Criteria(null, false, false, AssessmentMethod.SELF_ASSESSMENT, null);
        assertEquals(RequirementVerdict.MEETS, RequirementCheck.evaluate(onlyMethod, bad, TODAY).verdict());
        RequirementCheck.Criteria onlyActions = new RequirementCheck.Criteria(null, false, true, null, null);
        assertEquals(List.of(RequirementReasonCode.OVERDUE_CRITICAL_ACTIONS), codes(RequirementCheck.evaluate(onlyActions, bad, TODAY)));
        assertEquals("3 critical corrective actions are overdue.", RequirementCheck.evaluate(onlyActions, bad, TODAY).reasons().get(0).message());
    }

    @Test
    void notSharedNothingPublishedExpiredAndUnrecordedEssentials() {
        RequirementCheck.Outcome hidden = RequirementCheck.evaluate(ALL, RequirementCheck.Facts.notShared(), TODAY);
        assertEquals(RequirementVerdict.NOT_SHARED, hidden.verdict());
        assertEquals(List.of(RequirementReasonCode.NOT_SHARED), codes(hidden));

        RequirementCheck.Facts nothing = new RequirementCheck.Facts(true, false, null, null, null, null, 0);
        assertEquals(List.of(RequirementReasonCode.NO_PUBLISHED_ASSESSMENT), codes(RequirementCheck.evaluate(ALL, nothing, TODAY)));
        RequirementCheck.Criteria onlyMethod = new RequirementCheck.Criteria(null, false, false, AssessmentMethod.SELF_ASSESSMENT, null);
        assertEquals(RequirementVerdict.DOES_NOT_MEET, RequirementCheck.evaluate(onlyMethod, nothing, TODAY).verdict(),
                "any profile needs a published assessment");

        RequirementCheck.Facts expired = new RequirementCheck.Facts(true, true, Rating.AAA, TODAY.minusDays(1), AssessmentMethod.ON_SITE_AUDIT, List.of(), 0);
        RequirementCheck.Outcome o = RequirementCheck.evaluate(onlyMethod, expired, TODAY);
        assertEquals(List.of(RequirementReasonCode.ASSESSMENT_EXPIRED), codes(o), "any profile needs a valid assessment");
        assertEquals("The latest assessment expired on 2026-11-22.", o.reasons().get(0).message());
        assertEquals(List.of(RequirementReasonCode.ASSESSMENT_EXPIRED), codes(RequirementCheck.evaluate(ALL, expired, TODAY)),
                "an expired assessment is not also reported as too short");

        RequirementCheck.Facts unrecorded = new RequirementCheck.Facts(true, true, Rating.AA, TODAY.plusDays(365), AssessmentMethod.ON_SITE_AUDIT, null, 0);
        assertEquals(List.of(RequirementReasonCode.ESSENTIALS_NOT_RECORDED), codes(RequirementCheck.evaluate(ALL, unrecorded, TODAY)));
        RequirementCheck.Criteria noEssentials = new RequirementCheck.Criteria(Rating.A, false, false, null, null);
        assertEquals(RequirementVerdict.MEETS, RequirementCheck.evaluate(noEssentials, unrecorded, TODAY).verdict());
    }

    @Test
    void theSqlPredicateUsesOnlyTheAskedCriteriaAsParameters() {
        Map<String, Object> params = new HashMap<>();
        String sql = RequirementCheck.meetsSql(ALL, "r", TODAY, params);
        assertTrue(sql.startsWith("coalesce((r.level_rank is not null and r.assessment_id is not null and r.valid_until >= :rq_today"), sql);
        assertTrue(sql.contains("r.current_rank <= :rq_rating_rank") && sql.contains("r.essentials_below = ''")
                && sql.contains("r.overdue_critical = 0") && sql.contains("r.method_rank >= :rq_method_rank")
                && sql.contains("r.valid_until >= :rq_valid_min"), sql);
        assertEquals(Map.of("rq_today", TODAY, "rq_valid_min", TODAY.plusDays(90), "rq_rating_rank", 3, "rq_method_rank", 3), params);

        Map<String, Object> few = new HashMap<>();
        String onlyRating = RequirementCheck.meetsSql(new RequirementCheck.Criteria(Rating.BBB, false, false, null, null), "q", TODAY, few);
        assertEquals("coalesce((q.level_rank is not null and q.assessment_id is not null and q.valid_until >= :rq_today "
                + "and q.current_rank <= :rq_rating_rank), false)", onlyRating);
        assertEquals(Map.of("rq_today", TODAY, "rq_rating_rank", 4), few);
    }
}
