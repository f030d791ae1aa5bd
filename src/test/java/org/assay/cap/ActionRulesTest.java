package org.assay.cap;

import org.assay.cap.ActionRules.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corrective-action state machine as a table: every transition from every state, whether it is allowed, the
 * state it leads to, and which party performs it.
 */
class ActionRulesTest {

    @ParameterizedTest(name = "{0} from {1}: allowed={2}, then {3}, by supplier={4}")
    @CsvSource(textBlock = """
            # transition,     from,        allowed, next,        bySupplier
            PLAN,             OPEN,        true,    IN_PROGRESS, true
            PLAN,             IN_PROGRESS, true,    IN_PROGRESS, true
            PLAN,             SUBMITTED,   false,   ,            true
            PLAN,             VERIFIED,    false,   ,            true
            PLAN,             WITHDRAWN,   false,   ,            true
            PROGRESS,         OPEN,        true,    IN_PROGRESS, true
            PROGRESS,         IN_PROGRESS, true,    IN_PROGRESS, true
            PROGRESS,         SUBMITTED,   false,   ,            true
            PROGRESS,         VERIFIED,    false,   ,            true
            PROGRESS,         WITHDRAWN,   false,   ,            true
            PROPOSE_DUE_DATE, OPEN,        true,    OPEN,        true
            PROPOSE_DUE_DATE, IN_PROGRESS, true,    IN_PROGRESS, true
            PROPOSE_DUE_DATE, SUBMITTED,   false,   ,            true
            PROPOSE_DUE_DATE, VERIFIED,    false,   ,            true
            PROPOSE_DUE_DATE, WITHDRAWN,   false,   ,            true
            DECIDE_DUE_DATE,  OPEN,        true,    OPEN,        false
            DECIDE_DUE_DATE,  IN_PROGRESS, true,    IN_PROGRESS, false
            DECIDE_DUE_DATE,  SUBMITTED,   true,    SUBMITTED,   false
            DECIDE_DUE_DATE,  VERIFIED,    false,   ,            false
            DECIDE_DUE_DATE,  WITHDRAWN,   false,   ,            false
            SUBMIT,           OPEN,        false,   ,            true
            SUBMIT,           IN_PROGRESS, true,    SUBMITTED,   true
            SUBMIT,           SUBMITTED,   false,   ,            true
            SUBMIT,           VERIFIED,    false,   ,            true
            SUBMIT,           WITHDRAWN,   false,   ,            true
            VERIFY,           OPEN,        false,   ,            false
            VERIFY,           IN_PROGRESS, false,   ,            false
            VERIFY,           SUBMITTED,   true,    VERIFIED,    false
            VERIFY,           VERIFIED,    false,   ,            false
            VERIFY,           WITHDRAWN,   false,   ,            false
            SEND_BACK,        OPEN,        false,   ,            false
            SEND_BACK,        IN_PROGRESS, false,   ,            false
            SEND_BACK,        SUBMITTED,   true,    IN_PROGRESS, false
            SEND_BACK,        VERIFIED,    false,   ,            false
            SEND_BACK,        WITHDRAWN,   false,   ,            false
            """)
    void transitions(Transition t, ActionStatus from, boolean allowed, ActionStatus next, boolean bySupplier) {
        assertEquals(allowed, ActionRules.allowed(t, from));
        if (allowed) {
            assertEquals(next, ActionRules.next(t, from));
        }
        assertEquals(bySupplier, ActionRules.bySupplier(t));
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryTransitionFromEveryState() {
        // 7 transitions × 5 states = the 35 rows above (nothing is allowed from WITHDRAWN: the finding is gone); a new state
        // or transition must be added to the table.
        assertEquals(35, Transition.values().length * ActionStatus.values().length);
    }
}
