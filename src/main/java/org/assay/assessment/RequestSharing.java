package org.assay.assessment;

import java.util.UUID;

/**
 * What "assess once, share many" (domain §4) needs from the sharing feature when a member requests an assessment:
 * whether the supplier already shares with the member, asking it to share an existing assessment, and metering the
 * assessment fee. Owned by assessment, implemented by {@code sharing.AssessmentRequestSharing}, so the dependency
 * points one way (sharing → assessment) while {@link AssessmentRequests} still decides the rule in one place.
 */
public interface RequestSharing {

    /** Whether the supplier's results are already shared with the member (its own grant, or one to all members), live today. */
    boolean sharedWith(UUID memberId, UUID supplierId);

    /** The member's open sharing request for this supplier's assessment (an existing one, or a new one); its id. */
    UUID askToShare(UUID memberId, UUID supplierId, UUID assessmentId);

    /** Meter the assessment fee for the member's request of this assessment (once per member and assessment). */
    void meterAssessmentFee(UUID memberId, UUID assessmentId);
}
