package org.assay.framework.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChangedIndicator")
@Description("An indicator present in both versions whose definition differs.")
public record ChangedIndicatorView(
        @NonNull @Description("Stable code.") String code,
        @NonNull @Description("Title (in the newer version) in the requested language.") String title,
        @NonNull @Description("The fields that differ, in document order.") List<@NonNull FieldChangeView> changes) {
}
