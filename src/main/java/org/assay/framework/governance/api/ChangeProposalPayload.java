package org.assay.framework.governance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of a mutation on a change proposal. */
@Description("Result of a mutation on a change proposal.")
public record ChangeProposalPayload(
        @Description("The proposal after the change; null when there are user errors.") ChangeProposalView proposal,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull GovernanceUserError> userErrors) implements Payload {

    static ChangeProposalPayload of(ChangeProposalView proposal) {
        return new ChangeProposalPayload(proposal, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static ChangeProposalPayload failed(List<UserError> errors) {
        return new ChangeProposalPayload(null, GovernanceUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return proposal == null ? List.of() : List.of(proposal.key().toString());
    }
}
