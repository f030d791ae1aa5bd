package org.assay.grievance.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.grievance.GrievanceErrorCode;
import org.assay.grievance.Grievances;
import org.assay.organisation.Organisation;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.UserInputException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.UUID;

/** The public mutations of the grievance mechanism: filing and replying, open to anyone, without a token. */
@GraphQLApi
@Allow(value = {}, anyone = true)
public class PublicGrievanceMutations {

    @Inject
    Grievances grievances;

    @Inject
    EntityManager em;

    @Mutation
    @Description("File a grievance about a supplier or one of its sites, without an account. The receipt holds the case reference and a secret "
            + "follow-up code, shown only this once. Name, contact and private details are encrypted and seen only by the operator's grievance handlers. "
            + "Limited per address and in total per hour (RATE_LIMITED).")
    public FileGrievancePayload fileGrievance(@NonNull @Description("The grievance.") FileGrievanceInput input) {
        UUID supplier = OrganisationView.TYPE.parseInput("input.supplierId", input.supplierId);
        UUID site = input.siteId == null || input.siteId.isBlank() ? null : GrievanceSiteView.SITE.parseInput("input.siteId", input.siteId);
        ComplainantInput who = input.complainant == null ? new ComplainantInput() : input.complainant;
        Grievances.Receipt receipt = grievances.file(new Grievances.Filing(supplier, site, input.category, input.description,
                input.location, input.occurred, input.language, Boolean.TRUE.equals(input.anonymous), who.name, who.contact,
                who.privateDetails));
        return new FileGrievancePayload(GrievanceReceiptView.of(receipt), java.util.List.of(), receipt.grievance().id);
    }

    @Mutation
    @Description("The complainant's reply to the grievance handlers, with the case reference and the follow-up code. "
            + "A wrong code is WRONG_CODE; repeated wrong codes lock the case (LOCKED).")
    public ReplyToGrievancePayload replyToGrievance(@NonNull @Description("The reply.") ReplyToGrievanceInput input) {
        Grievances.Attempt attempt = grievances.attempt(input.reference, input.followUpCode);
        switch (attempt.check()) {
            case LOCKED -> throw new UserInputException("input.followUpCode", GrievanceErrorCode.LOCKED,
                    "too many attempts: this case or your connection is locked for a while");
            case WRONG_CODE -> throw new UserInputException("input.followUpCode", GrievanceErrorCode.WRONG_CODE,
                    "the reference and follow-up code do not match a case");
            default -> {
            }
        }
        grievances.reply(attempt.grievance(), input.message);
        var g = attempt.grievance();
        return new ReplyToGrievancePayload(GrievanceFollowUpView.of(g, em.find(Organisation.class, g.supplierId).name,
                grievances.complainantMessages(g.id)), java.util.List.of(), g.id);
    }
}
