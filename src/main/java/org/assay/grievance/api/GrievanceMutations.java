package org.assay.grievance.api;

import jakarta.inject.Inject;
import org.assay.grievance.GrievanceHandling;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The grievance handlers' steps: triage, severity, links, stages, messages. Other operator staff get NOT_FOUND. */
@GraphQLApi
@Allow(Role.OPERATOR)
public class GrievanceMutations {

    @Inject
    GrievanceHandling handling;

    @Mutation
    @Description("Triage a received grievance: admissible (→ TRIAGED), not admissible with a reason, or referred to another mechanism with its reference (→ CLOSED). Grievance handlers only.")
    public GrievancePayload triageGrievance(@NonNull @Description("The decision.") TriageGrievanceInput input) {
        return GrievancePayload.of(handling.triage(id(input.grievanceId), new GrievanceHandling.Triage(input.outcome, input.severity,
                input.reason, input.referredTo, input.referralReference)));
    }

    @Mutation
    @Description("Move a triaged grievance to dialogue, mediation or investigation, or resolve it (agreed outcome) or close it (reason). Grievance handlers only.")
    public GrievancePayload moveGrievance(@NonNull @Description("The step.") MoveGrievanceInput input) {
        return GrievancePayload.of(handling.move(id(input.grievanceId), input.stage, input.note, input.publicSummary));
    }

    @Mutation("setGrievanceSeverity")
    @Description("Set a grievance's severity (a retaliation report stays CRITICAL). Grievance handlers only.")
    public GrievancePayload setGrievanceSeverity(@NonNull @Description("The severity.") SetGrievanceSeverityInput input) {
        return GrievancePayload.of(handling.setSeverity(id(input.grievanceId), input.severity));
    }

    @Mutation
    @Description("Link a grievance to a site of its supplier, indicators and findings. Grievance handlers only.")
    public GrievancePayload linkGrievance(@NonNull @Description("The links.") LinkGrievanceInput input) {
        UUID site = input.siteId == null ? null : GrievanceSiteView.SITE.parseInput("input.siteId", input.siteId);
        List<UUID> findings = new java.util.ArrayList<>();
        List<String> given = input.findingIds == null ? List.of() : input.findingIds;
        for (int i = 0; i < given.size(); i++) {
            findings.add(Ids.parseInput("input.findingIds." + i, given.get(i)));
        }
        return GrievancePayload.of(handling.link(id(input.grievanceId), site, input.indicatorCodes, findings));
    }

    @Mutation
    @Description("Send a message to the complainant (they read it with their follow-up code) or, separately, to the supplier. Grievance handlers only.")
    public GrievancePayload sendGrievanceMessage(@NonNull @Description("The message.") SendGrievanceMessageInput input) {
        return GrievancePayload.of(handling.message(id(input.grievanceId), input.to, input.body));
    }

    static UUID id(String grievanceId) {
        return GrievanceView.TYPE.parseInput("input.grievanceId", grievanceId);
    }
}
