package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assessment.Assessment;
import org.assay.assessment.MemberSharing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Sharing's side of {@link MemberSharing} (owned by assessment): live grants, sharing requests, access records, the assessment fee. */
@ApplicationScoped
public class AssessmentMemberSharing implements MemberSharing {

    @Inject
    Sharing sharing;

    @Inject
    SharingRequests sharingRequests;

    @Inject
    Metering metering;

    @Inject
    SharedResults results;

    @Override
    public boolean sharedWith(UUID memberId, UUID supplierId) {
        return sharing.bestLevelsFor(memberId, true, List.of(supplierId)).containsKey(supplierId);
    }

    @Override
    public Set<UUID> suppliersSharingWith(UUID memberId, Collection<UUID> supplierIds) {
        return Set.copyOf(sharing.bestLevelsFor(memberId, true, supplierIds).keySet());
    }

    @Override
    public UUID askToShare(UUID memberId, UUID supplierId, UUID assessmentId) {
        return sharingRequests.openOrExisting(memberId, supplierId, assessmentId).id;
    }

    @Override
    public void recordSummaryReads(UUID memberId, String subject, Collection<Assessment> read) {
        results.recordReads(memberId, true, subject,
                read.stream().map(a -> new SharedResults.Read(a.supplierId, a.id, SharingLevel.SUMMARY)).toList());
    }

    @Override
    public void meterAssessmentFee(UUID memberId, UUID assessmentId) {
        metering.record(memberId, UsageKind.ASSESSMENT_FEE, assessmentId);
    }
}
