package org.assay.supplier.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of a change to a site. */
@Description("Result of a change to a site.")
public record SitePayload(
        @Description("The site after the change (as it was, for a removal); null when there are user errors.") SiteView site,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull SupplierUserError> userErrors) implements Payload {

    static SitePayload of(SiteView site) {
        return new SitePayload(site, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no site, the errors. */
    public static SitePayload failed(List<UserError> errors) {
        return new SitePayload(null, SupplierUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return site == null ? List.of() : List.of(site.id());
    }
}
