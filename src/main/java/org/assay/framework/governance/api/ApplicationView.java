package org.assay.framework.governance.api;

import org.assay.framework.governance.ApplicationStatus;
import io.smallrye.graphql.api.Deprecated;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposalApplication")
@Description("What happened when an adopted proposal was applied to the draft version.")
public record ApplicationView(
        @NonNull @Description("APPLIED or NOT_APPLICABLE.") ApplicationStatus status,
        @Id @Deprecated(reason = "Use `version { id }`: a framework version's id is its global id now; this field keeps the legacy raw id until it is removed.")
        @Description("Legacy raw id of the draft version changed; null when nothing had to change.") String versionId,
        @Deprecated(reason = "Use `version { number }`.") @Description("Its (provisional) number.") String versionNumber,
        @NonNull @Description("What was done, or why it could not be applied.") String note,
        @Ignore UUID versionKey) {
}
