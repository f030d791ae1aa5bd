package org.assay.framework.governance;

import java.util.Objects;

/**
 * The adoption rule of change proposals (domain §4, "Framework governance"), as plain code:
 * <ol>
 *   <li><b>quorum</b>: the organisations that voted (YES, NO or ABSTAIN) are at least {@code quorum} of the eligible
 *   member organisations;</li>
 *   <li><b>majority</b>: the YES votes are at least {@code majority} of the non-abstaining votes (YES + NO). With no
 *   YES or NO vote at all the majority is not reached.</li>
 * </ol>
 * Adopted only when both hold. Both comparisons are inclusive ("at least"): exactly at the threshold adopts.
 */
public final class VotingRule {

    private VotingRule() {
    }

    /** The thresholds in force when a proposal closes; recorded on it. */
    public record Thresholds(Fraction quorum, Fraction majority) {
        public Thresholds {
            Objects.requireNonNull(quorum, "quorum");
            Objects.requireNonNull(majority, "majority");
        }

        /** The defaults of the product brief: half the member organisations vote, two thirds of the votes cast are YES. */
        public static Thresholds defaults() {
            return new Thresholds(Fraction.HALF, Fraction.TWO_THIRDS);
        }
    }

    /** Votes counted at closing. */
    public record Tally(int yes, int no, int abstain) {
        public Tally {
            if (yes < 0 || no < 0 || abstain < 0) {
                throw new IllegalArgumentException("vote counts cannot be negative");
            }
        }

        public int voted() {
            return yes + no + abstain;
        }

        public int nonAbstaining() {
            return yes + no;
        }
    }

    /** The outcome, with both tests spelled out so a rejection can be explained. */
    public record Decision(boolean adopted, boolean quorumReached, boolean majorityReached, RejectionReason rejectionReason) {
    }

    /**
     * @param tally    the votes of eligible organisations only
     * @param eligible the member organisations that could vote (the quorum basis)
     */
    public static Decision decide(Tally tally, int eligible, Thresholds thresholds) {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(thresholds, "thresholds");
        if (eligible < 0) {
            throw new IllegalArgumentException("eligible cannot be negative");
        }
        if (tally.voted() > eligible) {
            throw new IllegalArgumentException(tally.voted() + " votes counted but only " + eligible + " organisations eligible");
        }
        boolean quorum = thresholds.quorum().reachedBy(tally.voted(), eligible);
        boolean majority = thresholds.majority().reachedBy(tally.yes(), tally.nonAbstaining());
        RejectionReason reason = !quorum ? RejectionReason.QUORUM_NOT_REACHED
                : !majority ? RejectionReason.MAJORITY_NOT_REACHED : null;
        return new Decision(quorum && majority, quorum, majority, reason);
    }
}
