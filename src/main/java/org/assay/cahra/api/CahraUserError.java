package org.assay.cahra.api;

import org.assay.cahra.CahraErrorCode;
import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a CAHRA list import. */
@Name("CahraUserError")
@Description("A problem with a CAHRA list import. When a payload has user errors, nothing was written.")
public record CahraUserError(
        @Description("Path to the input field at fault; for a row of the CSV `[\"input\", \"csv\", \"<row>\", \"<column>\"]` (rows "
                + "counted from 1 after the header); null when the problem is not about one field.") List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") CahraErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<CahraUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new CahraUserError(e.path(), e.code().as(CahraErrorCode.class), e.message())).toList();
    }
}
