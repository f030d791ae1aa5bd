package org.assay.organisation.api;

import jakarta.inject.Inject;
import org.assay.organisation.OrganisationService;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.UUID;

/** The operator's mutations on organisations: admit, change, suspend, reinstate. */
@GraphQLApi
@Allow(Role.OPERATOR)
public class OrganisationMutations {

    @Inject
    OrganisationService service;

    @Mutation
    @Description("Admit an organisation to the platform. Operator only.")
    public OrganisationPayload admitOrganisation(@NonNull @Description("The organisation to admit.") AdmitOrganisationInput input) {
        return OrganisationPayload.of(service.admit(input.kind, input.details()));
    }

    @Mutation
    @Description("Change an organisation's name, country or identifiers; omitted fields stay, an empty identifier removes it. Operator only.")
    public OrganisationPayload updateOrganisation(@NonNull @Description("What to change.") UpdateOrganisationInput input) {
        return OrganisationPayload.of(service.update(id(input.organisationId), input.details()));
    }

    @Mutation
    @Description("Suspend an organisation: its people are refused until it is reinstated. Operator only.")
    public OrganisationPayload suspendOrganisation(@NonNull @Description("Which organisation.") OrganisationRefInput input) {
        return OrganisationPayload.of(service.setStatus(id(input.organisationId), OrganisationStatus.SUSPENDED));
    }

    @Mutation
    @Description("Lift a suspension. Operator only.")
    public OrganisationPayload reinstateOrganisation(@NonNull @Description("Which organisation.") OrganisationRefInput input) {
        return OrganisationPayload.of(service.setStatus(id(input.organisationId), OrganisationStatus.ACTIVE));
    }

    private static UUID id(String organisationId) {
        return OrganisationView.TYPE.parseInput("input.organisationId", organisationId);
    }
}
