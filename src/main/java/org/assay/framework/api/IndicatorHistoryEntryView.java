package org.assay.framework.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorHistoryEntry")
@Description("The indicator in one version.")
public record IndicatorHistoryEntryView(
        @NonNull @Description("The version.") VersionView version,
        @NonNull @Description("What happened in this version.") HistoryEvent event,
        @Description("The indicator as defined in this version; null when RETIRED.") IndicatorView indicator,
        @NonNull @Description("For CHANGED: the fields that changed since the previous version that had it.") List<@NonNull FieldChangeView> changes) {
}
