package org.assay.membership;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.api.OrganisationView;
import org.assay.organisation.OrganisationService;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who am I, and managing the people of an organisation. */
@GraphQLApi
public class MembershipApi {

    @Inject
    MembershipService service;

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @Query
    @Allow(value = {Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR}, nonMembers = true)
    @Transactional
    @Description("Who the caller is on Assay, as decided by the server from the verified token and the membership records. "
            + "The only operation open to signed-in people who belong to no organisation yet.")
    public Me me() {
        Membership m = service.mine();
        OrganisationView org = caller.organisationIdIfAny().map(organisations::get).map(OrganisationView::of).orElse(null);
        return new Me(caller.subject(), caller.email().orElse(null), caller.isMember(),
                caller.role().orElse(null), caller.isMember() && caller.isAdmin(), org,
                m == null ? null : m.id.toString());
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("People of an organisation. Everyone sees their own organisation's people; the operator may name any organisation.")
    public PersonConnection people(
            @Id @Description("Organisation (operator only; others always get their own).") String organisationId,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        UUID org = caller.is(Role.OPERATOR) && organisationId != null
                ? Ids.parse("organisationId", organisationId) : caller.organisationId();
        PageRequest.Slice<Membership> slice = page.slice(service.people(org, page), m -> PageRequest.encode(m.id.toString()));
        return slice.connection(Person::of, PersonConnection.PersonEdge::new, PersonConnection::new);
    }

    @Mutation
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Add a person to an organisation by OIDC subject or verified email. The operator adds to any organisation; "
            + "an organisation's admins add to their own. The person's role follows the organisation's kind.")
    public PersonPayload addPerson(@NonNull @Description("Who to add.") AddPersonInput input) {
        return new PersonPayload(service.add(new MembershipService.NewPerson(
                Ids.parseInput("input.organisationId", input.organisationId), input.subject, input.email,
                input.displayName, Boolean.TRUE.equals(input.admin))));
    }

    @Mutation
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Remove a person from their organisation (operator, or an admin of that organisation).")
    public PersonPayload removePerson(@NonNull @Description("Who to remove.") PersonRefInput input) {
        return new PersonPayload(service.remove(Ids.parseInput("input.membershipId", input.membershipId)));
    }

    @Mutation("setPersonAdmin")
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Make a person an admin of their organisation, or not (operator, or an admin of that organisation).")
    public PersonPayload setPersonAdmin(@NonNull @Description("Who and whether admin.") SetPersonAdminInput input) {
        return new PersonPayload(service.setAdmin(Ids.parseInput("input.membershipId", input.membershipId), input.admin));
    }

    @Name("Me")
    @Description("The caller, as the platform sees them.")
    public record Me(
            @NonNull @Description("OIDC subject from the verified token.") String subject,
            @Description("Email from the token, if any.") String email,
            @Description("Whether the caller belongs to an organisation (or is a bootstrap operator).") boolean member,
            @Description("Role on the platform; null when not a member.") Role role,
            @Description("Whether the caller administers their organisation's people.") boolean admin,
            @Description("The caller's organisation; null when not a member.") OrganisationView organisation,
            @Id @Description("The caller's membership record, if any.") String membershipId) {
    }

    @Name("Person")
    @Description("A person's membership of an organisation.")
    public record Person(
            @NonNull @Id @Description("Membership id.") String id,
            @NonNull @Id @Description("Organisation the person belongs to.") String organisationId,
            @Description("OIDC subject the person signs in with.") String subject,
            @Description("Verified email the person signs in with.") String email,
            @Description("Name to show.") String displayName,
            @Description("Whether the person administers the organisation's people.") boolean admin,
            @NonNull @Description("When the person was added.") Instant addedAt) {
        static Person of(Membership m) {
            return new Person(m.id.toString(), m.organisationId.toString(), m.subject, m.email, m.displayName, m.admin, m.createdAt);
        }
    }

    @Description("A person to add. Give subject or email (or both).")
    @Name("AddPersonInput")
    public static class AddPersonInput {
        @Id @Description("Organisation to add to; required for the operator, ignored-if-equal for admins (must be their own).")
        public String organisationId;
        @Description("OIDC subject (`sub` claim) the person signs in with.")
        public String subject;
        @Description("Verified email the person signs in with.")
        public String email;
        @Description("Name to show.")
        public String displayName;
        @Description("Whether the person administers the organisation's people. Default false.")
        public Boolean admin;
    }

    @Description("Refers to one person's membership.")
    @Name("PersonRefInput")
    public static class PersonRefInput {
        @NonNull @Id @Description("Membership id.")
        public String membershipId;
    }

    @Description("Whether a person is an admin.")
    @Name("SetPersonAdminInput")
    public static class SetPersonAdminInput {
        @NonNull @Id @Description("Membership id.")
        public String membershipId;
        @Description("True to make admin, false to remove admin rights.")
        public boolean admin;
    }

    @Description("A page of people.")
    public record PersonConnection(
            @NonNull @Description("The people of this page, each with its cursor.") List<@NonNull PersonEdge> edges,
            @NonNull @Description("The people of this page.") List<@NonNull Person> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of people, with its cursor.")
        public record PersonEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") Person node) {
        }
    }

    @Description("Result of a change to a person's membership.")
    public static class PersonPayload extends MutationPayload {
        private Person person;

        public PersonPayload() {
        }

        PersonPayload(Membership m) {
            this.person = Person.of(m);
        }

        @Description("The membership after the change (as it was, for a removal); null when there are user errors.")
        public Person getPerson() {
            return person;
        }

        @Override
        public List<String> auditTargetIds() {
            return person == null ? List.of() : List.of(person.id());
        }
    }
}
