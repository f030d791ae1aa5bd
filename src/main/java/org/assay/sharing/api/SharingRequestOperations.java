package org.assay.sharing.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.sharing.Sharing;
import org.assay.sharing.SharingRequest;
import org.assay.sharing.SharingRequestStatus;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Sharing requests: members ask, suppliers accept or decline. */
@GraphQLApi
public class SharingRequestOperations {

    @Inject
    Caller caller;

    @Inject
    Sharing sharing;

    @Inject
    SharingViews views;

    @Query
    @Allow({Role.SUPPLIER, Role.MEMBER})
    @Transactional
    @Description("Sharing requests: for a supplier, those addressed to it (which members asked); for a member, its own and their outcome.")
    public SharingRequestConnection sharingRequests(@Description("Only this status.") SharingRequestStatus status,
                                                    @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                    @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<SharingRequest> slice = page.slice(sharing.requestsFor(caller.is(Role.SUPPLIER), status, page),
                r -> PageRequest.encode(r.createdAt.toString(), r.id.toString()));
        return slice.connection(views.requests(slice.items()), SharingRequestEdge::new, SharingRequestConnection::new);
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Ask a supplier to share its results with your organisation. Asking again while a request is pending returns the same request.")
    public SharingRequestPayload requestSharing(@NonNull @Description("Which supplier.") RequestSharingInput input) {
        return payload(sharing.request(Ids.parseInput("input.supplierId", input.supplierId)));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Accept a member's sharing request at the level you choose (creates or changes your grant to that member).")
    public SharingRequestPayload acceptSharingRequest(@NonNull @Description("Which request, level and end date.") AcceptSharingRequestInput input) {
        return payload(sharing.accept(SharingRequestView.TYPE.parseInput("input.requestId", input.requestId), input.level, input.validUntil));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Decline a member's sharing request.")
    public SharingRequestPayload declineSharingRequest(@NonNull @Description("Which request.") SharingRequestRefInput input) {
        return payload(sharing.decline(SharingRequestView.TYPE.parseInput("input.requestId", input.requestId)));
    }

    private SharingRequestPayload payload(SharingRequest r) {
        return SharingRequestPayload.of(views.requests(List.of(r)).get(0));
    }
}
