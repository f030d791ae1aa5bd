package org.assay.cahra.api;

import org.assay.cahra.CahraList;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of a CAHRA list import. */
@Name("ImportCahraListPayload")
@Description("Result of a CAHRA list import.")
public record ImportCahraListPayload(
        @Description("The imported version; null when there are user errors.") CahraListView list,
        @NonNull @Description("Problems with the input, one per CSV row at fault. Empty when the import succeeded; when not empty, nothing was written.")
        List<@NonNull CahraUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static ImportCahraListPayload of(CahraList l) {
        return new ImportCahraListPayload(CahraListView.of(l), List.of(), l.id);
    }

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static ImportCahraListPayload failed(List<UserError> errors) {
        return new ImportCahraListPayload(null, CahraUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
