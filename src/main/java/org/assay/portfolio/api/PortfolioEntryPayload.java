package org.assay.portfolio.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.assay.portfolio.PortfolioService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a change to one portfolio entry. */
@Description("Result of a change to one portfolio entry.")
public record PortfolioEntryPayload(
        @Description("The entry after the change (as it was, for a removal); null when there are user errors.") PortfolioEntryView entry,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull PortfolioUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static PortfolioEntryPayload of(PortfolioService.Listed l) {
        return new PortfolioEntryPayload(PortfolioEntryView.of(l), List.of(), l.entry().id);
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no entry, the errors. */
    public static PortfolioEntryPayload failed(List<UserError> errors) {
        return new PortfolioEntryPayload(null, PortfolioUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
