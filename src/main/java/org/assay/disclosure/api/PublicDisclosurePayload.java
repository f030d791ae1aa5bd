package org.assay.disclosure.api;

import org.assay.disclosure.PublicDisclosure;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of {@code setPublicDisclosure}. */
@Description("Result of changing the public-disclosure setting.")
public record PublicDisclosurePayload(
        @Description("The setting after the change; null when there are user errors.") PublicDisclosureSettingView disclosure,
        @NonNull @Description("Problems with the input. Empty when the change was made; when not empty, nothing was written.")
        List<@NonNull DisclosureUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static PublicDisclosurePayload of(PublicDisclosure d) {
        return new PublicDisclosurePayload(PublicDisclosureSettingView.of(d), List.of(), d.supplierId);
    }

    public static PublicDisclosurePayload failed(List<UserError> errors) {
        return new PublicDisclosurePayload(null, DisclosureUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
