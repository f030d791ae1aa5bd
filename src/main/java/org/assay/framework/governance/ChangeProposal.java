package org.assay.framework.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A member's proposal to add, change or retire an indicator, with its voting window and, once closed, its decision. */
@Entity
@Table(name = "change_proposal")
public class ChangeProposal {
    @Id
    public UUID id;
    @Column(nullable = false)
    public long number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalKind kind;
    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;
    @Column(name = "base_version_id", nullable = false)
    public UUID baseVersionId;
    /** JSON of the proposed indicator fields (document format; only changed fields for CHANGE). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_change", nullable = false)
    public String proposedChange;
    /** For CHANGE and RETIRE: JSON of the indicator as the proposer saw it (draft if any, else published version). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "base_indicator")
    public String baseIndicator;
    @Column(nullable = false)
    public String rationale;
    @Column(name = "proposed_by_org", nullable = false)
    public UUID proposedByOrg;
    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "voting_closes_at", nullable = false)
    public Instant votingClosesAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProposalStatus status;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Column(name = "closed_early")
    public Boolean closedEarly;
    @Column(name = "eligible_organisations")
    public Integer eligibleOrganisations;
    @Column(name = "yes_votes")
    public Integer yesVotes;
    @Column(name = "no_votes")
    public Integer noVotes;
    @Column(name = "abstain_votes")
    public Integer abstainVotes;
    @Column(name = "quorum_numerator")
    public Integer quorumNumerator;
    @Column(name = "quorum_denominator")
    public Integer quorumDenominator;
    @Column(name = "majority_numerator")
    public Integer majorityNumerator;
    @Column(name = "majority_denominator")
    public Integer majorityDenominator;
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "application_status")
    public ApplicationStatus applicationStatus;
    @Column(name = "applied_version_id")
    public UUID appliedVersionId;
    @Column(name = "application_note")
    public String applicationNote;
}
