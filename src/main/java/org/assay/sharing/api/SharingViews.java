package org.assay.sharing.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.organisation.OrganisationNames;
import org.assay.platform.Clock;
import org.assay.sharing.AccessRecord;
import org.assay.sharing.SharingGrant;
import org.assay.sharing.SharingRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Views of grants, requests and access records for a whole list, with the organisation names they show in one
 * statement. A grant's {@code active} is decided on the platform clock ({@link Clock#today()}), the day the grant rule
 * ({@code Sharing.LIVE_GRANT_FOR_ORGANISATION}) uses, so a view never says active for a grant the rule no longer applies.
 */
@ApplicationScoped
public class SharingViews {

    @Inject
    OrganisationNames names;

    @Inject
    Clock clock;

    public List<SharingGrantView> grants(List<SharingGrant> grants) {
        Map<UUID, String> n = names.of(grants.stream().map(g -> g.memberId).filter(Objects::nonNull).toList());
        LocalDate today = clock.today();
        return grants.stream().map(g -> SharingGrantView.of(g, g.memberId == null ? null : n.get(g.memberId), today)).toList();
    }

    public List<SharingRequestView> requests(List<SharingRequest> list) {
        Map<UUID, String> n = names.of(list.stream().flatMap(r -> Stream.of(r.memberId, r.supplierId)).toList());
        return list.stream().map(r -> SharingRequestView.of(r, n)).toList();
    }

    public List<AccessRecordView> records(List<AccessRecord> list) {
        Map<UUID, String> n = names.of(list.stream().map(r -> r.memberId).toList());
        return list.stream().map(r -> AccessRecordView.of(r, n.get(r.memberId))).toList();
    }
}
