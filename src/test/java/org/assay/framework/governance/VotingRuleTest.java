package org.assay.framework.governance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adoption rule: quorum of eligible organisations voting, then a majority of the non-abstaining votes. */
class VotingRuleTest {

    static final VotingRule.Thresholds DEFAULTS = VotingRule.Thresholds.defaults();

    static VotingRule.Decision decide(int yes, int no, int abstain, int eligible) {
        return VotingRule.decide(new VotingRule.Tally(yes, no, abstain), eligible, DEFAULTS);
    }

    @Test
    void defaultsAreHalfAndTwoThirds() {
        assertEquals(new Fraction(1, 2), DEFAULTS.quorum());
        assertEquals(new Fraction(2, 3), DEFAULTS.majority());
    }

    @Test
    void adoptedExactlyAtBothThresholds() {
        // 10 eligible, 5 voted = exactly half; 2 YES of 3 non-abstaining = exactly two thirds
        VotingRule.Decision d = decide(2, 1, 2, 10);
        assertTrue(d.quorumReached());
        assertTrue(d.majorityReached());
        assertTrue(d.adopted());
        assertNull(d.rejectionReason());
    }

    @Test
    void oneVoteShortOfQuorumIsRejected() {
        VotingRule.Decision d = decide(4, 0, 0, 9); // 4 of 9 < 1/2
        assertFalse(d.quorumReached());
        assertFalse(d.adopted());
        assertEquals(RejectionReason.QUORUM_NOT_REACHED, d.rejectionReason());
        assertTrue(decide(5, 0, 0, 9).adopted()); // 5 of 9 ≥ 1/2
    }

    @Test
    void justBelowTwoThirdsIsRejectedForMajority() {
        VotingRule.Decision d = decide(3, 2, 0, 6); // 3/5 = 60 % < 66.7 %
        assertTrue(d.quorumReached());
        assertFalse(d.majorityReached());
        assertEquals(RejectionReason.MAJORITY_NOT_REACHED, d.rejectionReason());
        assertTrue(decide(4, 2, 0, 6).adopted()); // 4/6 = exactly 2/3
        assertFalse(decide(65, 34, 0, 100).adopted()); // 65/99 < 2/3
        assertTrue(decide(66, 33, 0, 100).adopted()); // 66/99 = 2/3
    }

    @Test
    void abstentionsCountForQuorumButNotForMajority() {
        // 1 YES + 5 ABSTAIN: quorum of 10 reached thanks to abstentions; majority 1/1 YES
        assertTrue(decide(1, 0, 5, 10).adopted());
        // abstentions do not dilute the majority: 2 YES, 1 NO, 7 ABSTAIN
        assertTrue(decide(2, 1, 7, 10).adopted());
        // without the abstentions the quorum fails
        assertEquals(RejectionReason.QUORUM_NOT_REACHED, decide(2, 1, 0, 10).rejectionReason());
    }

    @Test
    void onlyAbstentionsMeansNoMajority() {
        VotingRule.Decision d = decide(0, 0, 6, 10);
        assertTrue(d.quorumReached());
        assertFalse(d.majorityReached());
        assertEquals(RejectionReason.MAJORITY_NOT_REACHED, d.rejectionReason());
    }

    @Test
    void nobodyVotedOrNobodyEligible() {
        assertEquals(RejectionReason.QUORUM_NOT_REACHED, decide(0, 0, 0, 10).rejectionReason());
        assertEquals(RejectionReason.QUORUM_NOT_REACHED, decide(0, 0, 0, 0).rejectionReason());
    }

    @Test
    void configuredThresholdsApply() {
        VotingRule.Thresholds strict = new VotingRule.Thresholds(new Fraction(3, 4), new Fraction(1, 1));
        assertTrue(VotingRule.decide(new VotingRule.Tally(3, 0, 0), 4, strict).adopted());
        assertEquals(RejectionReason.MAJORITY_NOT_REACHED,
                VotingRule.decide(new VotingRule.Tally(3, 1, 0), 4, strict).rejectionReason());
        assertEquals(RejectionReason.QUORUM_NOT_REACHED,
                VotingRule.decide(new VotingRule.Tally(2, 0, 0), 4, strict).rejectionReason());
        VotingRule.Thresholds lenient = new VotingRule.Thresholds(new Fraction(1, 100), new Fraction(1, 2));
        assertTrue(VotingRule.decide(new VotingRule.Tally(1, 1, 0), 200, lenient).adopted());
    }

    @Test
    void invalidInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Fraction(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(1, 10_001));
        assertThrows(IllegalArgumentException.class, () -> new VotingRule.Tally(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> decide(3, 0, 0, 2));
    }
}
