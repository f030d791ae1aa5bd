package org.assay.membership.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.membership.Membership;
import org.assay.membership.MembershipService;
import org.assay.organisation.OrganisationService;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;

import java.util.UUID;

/** Who am I, and the people of an organisation. */
@GraphQLApi
@Transactional
public class MembershipQueries {

    @Inject
    MembershipService service;

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @Query
    @Allow(value = {Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR}, nonMembers = true)
    @Description("Who the caller is on Assay, as decided by the server from the verified token (issuer and `sub`) and the membership "
            + "records. The only operation open to signed-in people who belong to no organisation yet.")
    public MeView me() {
        Membership m = service.mine();
        OrganisationView org = caller.organisationIdIfAny().map(organisations::get).map(OrganisationView::of).orElse(null);
        return new MeView(caller.subject(), caller.issuer(), caller.username().orElse(null), caller.email().orElse(null),
                caller.isMember(), caller.role().orElse(null), caller.isMember() && caller.isAdmin(), org,
                m == null ? null : m.id.toString(), m == null ? null : PersonView.of(m));
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("People of an organisation. Everyone sees their own organisation's people; the operator may name any organisation.")
    public PersonConnection people(
            @Id @Description("Organisation (operator only; others always get their own).") String organisationId,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        UUID org = caller.is(Role.OPERATOR) && organisationId != null
                ? Ids.parse("organisationId", organisationId) : caller.organisationId();
        PageRequest.Slice<Membership> slice = page.slice(service.people(org, page), m -> PageRequest.encode(m.id.toString()));
        return slice.connection(PersonView::of, PersonEdge::new, PersonConnection::new);
    }
}
