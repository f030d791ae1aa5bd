package org.assay.framework.api;

import org.assay.framework.FrameworkErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a framework mutation (import, publication, drafts, certification). */
@Description("A problem with the input of a framework mutation (import, publication, drafts, certification). When a payload has user errors, nothing was written.")
public record FrameworkUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"versionId\"]`, or in an imported document its JSON path "
                + "(`[\"themes[2]\", \"topics[0]\", \"weight\"]`); null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") FrameworkErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<FrameworkUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new FrameworkUserError(e.path(), e.code().as(FrameworkErrorCode.class), e.message())).toList();
    }
}
