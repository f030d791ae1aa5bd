package org.assay.framework.api;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkTopic")
@Description("Tier 2 of the framework: a topic within a theme, e.g. Water.")
public record TopicView(
        @NonNull @Description("Stable code, e.g. ENV.WAT.") String code,
        @NonNull @Description("Title in the requested language.") String title,
        @NonNull @Description("Aspects of the topic, in order.") List<@NonNull AspectView> aspects) {
}
