package org.assay.assessment;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What assessment needs from the sharing feature about member firms: for "assess once, share many" (domain §4), whether
 * the supplier already shares with the member, asking it to share an existing assessment, and metering the assessment
 * fee; for a member following a reference to an assessment ({@code PortfolioSupplier.latestAssessment}), which
 * suppliers share with it today; for a member reading an assessment by id, recording the read as every read of shared
 * results is recorded (an access record for the supplier). Owned by assessment, implemented by {@code sharing.AssessmentMemberSharing}, so the dependency
 * points one way (sharing → assessment) while {@link AssessmentRequests} still decides the rule in one place.
 */
public interface MemberSharing {

    /** Whether the supplier's results are already shared with the member (its own grant, or one to all members), live today. */
    boolean sharedWith(UUID memberId, UUID supplierId);

    /** The member's open sharing request for this supplier's assessment (an existing one, or a new one); its id. */
    UUID askToShare(UUID memberId, UUID supplierId, UUID assessmentId);

    /** Of these suppliers, those whose results are shared with the member today (a live grant at any level), in one statement. */
    Set<UUID> suppliersSharingWith(UUID memberId, Collection<UUID> supplierIds);

    /**
     * Records that the member read these assessments, each the newest published one of a supplier sharing with it, at
     * summary level ({@code assessment(id:)}, {@code node(id:)}, {@code nodes(ids:)}): one access record each, as
     * {@code sharedResults} records its reads, in one statement whatever the number.
     */
    void recordSummaryReads(UUID memberId, String subject, Collection<Assessment> read);

    /** Meter the assessment fee for the member's request of this assessment (once per member and assessment). */
    void meterAssessmentFee(UUID memberId, UUID assessmentId);
}
