package org.assay.sharing.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentRequestPayload;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.assay.sharing.Sharing;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sharing requests other features' types name, resolved for a whole list of parents at once, under sharing's rule
 * ({@link Sharing#visibleRequests}: the member that asked and the supplier asked, nobody else) and shown by
 * {@link SharingViews}: {@code AssessmentRequestPayload.sharingRequest}. It lives here, in the feature that owns the
 * request: sharing depends on assessment (its payload type), assessment never on sharing (docs/architecture.md).
 */
@GraphQLApi
@Transactional
public class SharingRequestLinks {

    @Inject
    Sharing sharing;

    @Inject
    SharingViews views;

    @Name("sharingRequest")
    @Allow(Role.MEMBER)
    @Description("When an existing assessment satisfied the request: the sharing request sent to the supplier (a new one, or the one "
            + "still pending). Null otherwise, and where sharing's rule hides it from you (only the member that asked and the supplier asked see it).")
    public List<SharingRequestView> sharingRequestOfAssessmentRequest(@Source List<AssessmentRequestPayload> payloads) {
        List<UUID> ids = payloads.stream().map(AssessmentRequestPayload::sharingRequestKey).toList();
        Map<UUID, SharingRequestView> visible = views.requests(sharing.visibleRequests(ids.stream().filter(Objects::nonNull).distinct().toList()))
                .stream().collect(Collectors.toMap(SharingRequestView::key, v -> v));
        return ids.stream().map(id -> id == null ? null : visible.get(id)).toList();
    }
}
