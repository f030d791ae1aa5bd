package org.assay.framework.governance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of setting the governance thresholds. */
@Description("Result of setting the governance thresholds.")
public record GovernanceSettingsPayload(
        @Description("The settings now in force; null when there are user errors.") GovernanceSettingsView settings,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull GovernanceUserError> userErrors) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static GovernanceSettingsPayload failed(List<UserError> errors) {
        return new GovernanceSettingsPayload(null, GovernanceUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return List.of("governance-settings");
    }
}
