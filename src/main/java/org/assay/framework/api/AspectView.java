package org.assay.framework.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkAspect")
@Description("Tier 3 of the framework: an aspect within a topic, e.g. Water discharge quality.")
public record AspectView(
        @NonNull @Description("Stable code, e.g. ENV.WAT.DIS.") String code,
        @NonNull @Description("Title in the requested language.") String title,
        @NonNull @Description("Indicators of the aspect, in order.") List<@NonNull IndicatorView> indicators) {
}
