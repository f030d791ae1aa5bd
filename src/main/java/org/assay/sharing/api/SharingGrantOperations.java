package org.assay.sharing.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.sharing.Sharing;
import org.assay.sharing.SharingGrant;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** The supplier's grants: its consent to share, listed, given and revoked. Suppliers only. */
@GraphQLApi
@Allow(Role.SUPPLIER)
public class SharingGrantOperations {

    @Inject
    Caller caller;

    @Inject
    Sharing sharing;

    @Inject
    SharingViews views;

    @Query
    @Transactional
    @Description("The calling supplier's grants (live and revoked): who may see its results, at what level, until when.")
    public SharingGrantConnection mySharingGrants(@Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                  @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<SharingGrant> slice = page.slice(sharing.grantsOf(caller.organisationId(), page), g -> PageRequest.encode(g.id.toString()));
        return slice.connection(views.grants(slice.items()), SharingGrantEdge::new, SharingGrantConnection::new);
    }

    @Mutation
    @Description("Share your results with one member, all members or everyone signed in, at SUMMARY or FULL level, optionally until a date. "
            + "Granting again to the same audience changes the level or end date.")
    public SharingGrantPayload grantSharing(@NonNull @Description("The grant.") GrantSharingInput input) {
        return payload(sharing.grant(input.audience, Ids.parseInput("input.memberId", input.memberId), input.level, input.validUntil));
    }

    @Mutation
    @Description("Revoke a grant; it takes effect on the next request.")
    public SharingGrantPayload revokeSharing(@NonNull @Description("Which grant.") GrantRefInput input) {
        return payload(sharing.revoke(SharingGrantView.TYPE.parseInput("input.grantId", input.grantId)));
    }

    private SharingGrantPayload payload(SharingGrant g) {
        return SharingGrantPayload.of(views.grants(List.of(g)).get(0));
    }
}
