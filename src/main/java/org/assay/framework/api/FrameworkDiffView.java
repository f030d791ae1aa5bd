package org.assay.framework.api;

import java.util.List;
import org.assay.framework.document.FrameworkDiff;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkDiff")
@Description("The difference between two framework versions, indicator by indicator (matched by stable code).")
public record FrameworkDiffView(
        @NonNull @Description("The base version.") VersionView from,
        @NonNull @Description("The compared version.") VersionView to,
        @Description("Whether the set of essential indicators differs (publishing such a change makes a new major version).") boolean essentialSetChanged,
        @NonNull @Description("Indicators in `to` but not in `from`, as in `to`.") List<@NonNull IndicatorView> added,
        @NonNull @Description("Indicators in `from` but not in `to`, as they were in `from`.") List<@NonNull IndicatorView> retired,
        @NonNull @Description("Indicators in both whose definition differs, with the changed fields.") List<@NonNull ChangedIndicatorView> changed) {
}
