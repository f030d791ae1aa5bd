package org.assay.framework.api;

import org.assay.framework.document.FrameworkDiff;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FieldChange")
@Description("One changed field of an indicator. Field names are those of the import/export document (`title.zh`, "
        + "`weight`, `applicability.stages`, `thresholds.values`, `references`, `aspect`, ...). Values are plain text for "
        + "single values and JSON for lists and references; null when absent.")
public record FieldChangeView(
        @NonNull @Description("Field name as in the import/export document.") String field,
        @Description("Value before (in the older version).") String oldValue,
        @Description("Value after (in the newer version).") String newValue) {
    static FieldChangeView of(FrameworkDiff.FieldChange c) {
        return new FieldChangeView(c.field(), c.oldValue(), c.newValue());
    }
}
