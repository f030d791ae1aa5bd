package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;

import java.util.List;
import java.util.UUID;

/** Opens sharing requests; one pending request per member and supplier, however often it is asked. */
@ApplicationScoped
public class SharingRequests {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    /** Returns the pending request of this member for this supplier, creating it if there is none. */
    public SharingRequest openOrExisting(UUID memberId, UUID supplierId, UUID assessmentId) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        insert into sharing_request (id, member_id, supplier_id, assessment_id, status, created_at)
                        values (?1, ?2, ?3, ?4, 'PENDING', ?5)
                        on conflict (member_id, supplier_id) where status = 'PENDING' do nothing""")
                .setParameter(1, id).setParameter(2, memberId).setParameter(3, supplierId)
                .setParameter(4, assessmentId).setParameter(5, clock.now()).executeUpdate();
        List<SharingRequest> pending = em.createQuery(
                        "from SharingRequest r where r.memberId = :m and r.supplierId = :s and r.status = :p", SharingRequest.class)
                .setParameter("m", memberId).setParameter("s", supplierId).setParameter("p", SharingRequestStatus.PENDING)
                .getResultList();
        if (inserted == 1) {
            outbox.event(org.assay.platform.outbox.EventType.SHARING_REQUESTED).supplier(supplierId).member(memberId).summaryOrganisation("memberId", memberId)
                    .request(id).assessment(assessmentId).record();
        }
        return pending.get(0);
    }
}
