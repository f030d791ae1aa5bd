package org.assay.framework.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkTheme")
@Description("Tier 1 of the framework: a broad theme, e.g. Environment. Its weight counts in the overall score.")
public record ThemeView(
        @NonNull @Description("Stable code, e.g. ENV.") String code,
        @NonNull @Description("Title in the requested language.") String title,
        @NonNull @Description("Weight of the theme in the overall score.") BigDecimal weight,
        @NonNull @Description("Topics of the theme, in order.") List<@NonNull TopicView> topics) {
}
