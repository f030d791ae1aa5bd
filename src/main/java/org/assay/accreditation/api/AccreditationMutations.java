package org.assay.accreditation.api;

import jakarta.inject.Inject;
import org.assay.accreditation.AccreditationService;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Mutations of accreditations (the operator) and conflicts of interest (bodies and suppliers). The guard opens each one's transaction. */
@GraphQLApi
public class AccreditationMutations {

    @Inject
    AccreditationService service;

    @Inject
    Clock clock;

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Accredit an assessment body for a scope (methods, minerals, countries) and a period. A body may hold "
            + "several accreditations; an assessment needs one that covers all of it. Operator only.")
    public AccreditationPayload accreditAssessmentBody(@NonNull @Description("The body, scope and period.") AccreditAssessmentBodyInput input) {
        return AccreditationPayload.of(AccreditationView.of(service.accredit(new AccreditationService.Grant(
                OrganisationView.TYPE.parseInput("input.bodyId", input.bodyId), input.methods, input.minerals, input.countries,
                input.validFrom, input.validUntil)), clock.today()));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Withdraw an accreditation, with the reason; it stops counting at once. Operator only.")
    public AccreditationPayload withdrawAccreditation(@NonNull @Description("Which accreditation and why.") WithdrawAccreditationInput input) {
        return AccreditationPayload.of(AccreditationView.of(service.withdraw(
                AccreditationView.TYPE.parseInput("input.accreditationId", input.accreditationId), input.reason), clock.today()));
    }

    @Mutation
    @Allow({Role.ASSESSOR, Role.SUPPLIER})
    @Description("Declare, for the caller's own organisation, a conflict of interest with another party: an assessment body "
            + "declares one with a supplier, a supplier with an assessment body. The body is then never assigned to assess "
            + "that supplier. Declarations cannot be withdrawn.")
    public ConflictDeclarationPayload declareConflictOfInterest(
            @NonNull @Description("The other party and the conflict.") DeclareConflictOfInterestInput input) {
        AccreditationService.Declared d = service.declare(
                OrganisationView.TYPE.parseInput("input.counterpartyId", input.counterpartyId), input.kind, input.description);
        return new ConflictDeclarationPayload(ConflictDeclarationView.of(d), List.of(), d.declaration().id);
    }
}
