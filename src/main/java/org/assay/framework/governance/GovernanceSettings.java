package org.assay.framework.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The operator-configured adoption thresholds (one row). Proposals closing afterwards are decided by them. */
@Entity
@Table(name = "governance_settings")
public class GovernanceSettings {
    public static final int ID = 1;

    @Id
    public int id;
    @Column(name = "quorum_numerator", nullable = false)
    public int quorumNumerator;
    @Column(name = "quorum_denominator", nullable = false)
    public int quorumDenominator;
    @Column(name = "majority_numerator", nullable = false)
    public int majorityNumerator;
    @Column(name = "majority_denominator", nullable = false)
    public int majorityDenominator;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public VotingRule.Thresholds thresholds() {
        return new VotingRule.Thresholds(new Fraction(quorumNumerator, quorumDenominator),
                new Fraction(majorityNumerator, majorityDenominator));
    }
}
