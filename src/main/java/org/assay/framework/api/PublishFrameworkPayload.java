package org.assay.framework.api;

import org.assay.framework.VersionBump;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

/** The result of publishing the draft. */
@Description("Result of publishing the draft.")
public record PublishFrameworkPayload(
        @Description("The newly published version; null when there are user errors.") VersionView version,
        @Description("The version it replaced, now RETIRED.") VersionView previousVersion,
        @Description("MAJOR when the set of essential indicators changed, MINOR otherwise.") VersionBump bump,
        @Description("Indicators added compared with the previous version.") Integer added,
        @Description("Indicators changed compared with the previous version.") Integer changed,
        @Description("Indicators retired compared with the previous version.") Integer retired,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull FrameworkUserError> userErrors) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static PublishFrameworkPayload failed(List<UserError> errors) {
        return new PublishFrameworkPayload(null, null, null, null, null, null, FrameworkUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        List<String> ids = new ArrayList<>();
        if (version != null) ids.add(version.key().toString());
        if (previousVersion != null) ids.add(previousVersion.key().toString());
        return ids;
    }
}
