package org.assay.framework.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("IndicatorHistory")
@Description("One indicator across all versions.")
public record IndicatorHistoryView(
        @NonNull @Description("The indicator's stable code.") String code,
        @NonNull @Description("One entry per version from the first that had it, oldest first; versions after a retirement appear only if it comes back.") List<@NonNull IndicatorHistoryEntryView> entries) {
}
