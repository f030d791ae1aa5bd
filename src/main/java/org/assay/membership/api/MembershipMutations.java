package org.assay.membership.api;

import jakarta.inject.Inject;
import org.assay.membership.MembershipService;
import org.assay.organisation.OrganisationService;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Managing the people of an organisation; moving people between organisations (operator). */
@GraphQLApi
public class MembershipMutations {

    @Inject
    MembershipService service;

    @Inject
    OrganisationService organisations;

    @Mutation
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Add a person to an organisation by OIDC subject (`sub`) or verified e-mail. The operator adds to any organisation; "
            + "an organisation's admins add to their own. A person who belongs to another organisation is refused "
            + "(`PERSON_IN_OTHER_ORGANISATION`): only the operator moves people (`movePerson`). The role follows the organisation's kind.")
    public PersonPayload addPerson(@NonNull @Description("Who to add.") AddPersonInput input) {
        return PersonPayload.of(service.add(new MembershipService.NewPerson(
                Ids.parseInput("input.organisationId", input.organisationId, OrganisationView.TYPE), input.issuer, input.subject,
                input.email, input.displayName, Boolean.TRUE.equals(input.admin))));
    }

    @Mutation
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Remove a person from their organisation (operator, or an admin of that organisation). The last admin of an "
            + "organisation and the last operator stay.")
    public PersonPayload removePerson(@NonNull @Description("Who to remove.") PersonRefInput input) {
        return PersonPayload.of(service.remove(Ids.parseInput("input.membershipId", input.membershipId, PersonView.TYPE)));
    }

    @Mutation("setPersonAdmin")
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Make a person an admin of their organisation, or not (operator, or an admin of that organisation). An "
            + "organisation keeps at least one admin.")
    public PersonPayload setPersonAdmin(@NonNull @Description("Who and whether admin.") SetPersonAdminInput input) {
        return PersonPayload.of(service.setAdmin(Ids.parseInput("input.membershipId", input.membershipId, PersonView.TYPE), input.admin));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Move a person to another organisation (operator only; audited with the person and both organisations). The person "
            + "arrives as a non-admin; the organisation left keeps an admin and the platform an operator.")
    public MovePersonPayload movePerson(@NonNull @Description("Who to move and where to.") MovePersonInput input) {
        MembershipService.Move move = service.move(Ids.parseInput("input.personId", input.personId, PersonView.TYPE),
                Ids.parseInput("input.toOrganisationId", input.toOrganisationId, OrganisationView.TYPE));
        return MovePersonPayload.of(move, OrganisationView.full(organisations.find(move.from())),
                OrganisationView.full(organisations.find(move.to())));
    }
}
