package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assessment.RequestSharing;

import java.util.List;
import java.util.UUID;

/** Sharing's side of an assessment request ({@link RequestSharing}, owned by assessment): grants, sharing requests, the fee. */
@ApplicationScoped
public class AssessmentRequestSharing implements RequestSharing {

    @Inject
    Sharing sharing;

    @Inject
    SharingRequests sharingRequests;

    @Inject
    Metering metering;

    @Override
    public boolean sharedWith(UUID memberId, UUID supplierId) {
        return sharing.bestLevelsFor(memberId, true, List.of(supplierId)).containsKey(supplierId);
    }

    @Override
    public UUID askToShare(UUID memberId, UUID supplierId, UUID assessmentId) {
        return sharingRequests.openOrExisting(memberId, supplierId, assessmentId).id;
    }

    @Override
    public void meterAssessmentFee(UUID memberId, UUID assessmentId) {
        metering.record(memberId, UsageKind.ASSESSMENT_FEE, assessmentId);
    }
}
