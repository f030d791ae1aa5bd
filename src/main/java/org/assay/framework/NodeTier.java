package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

@Description("The upper three tiers of the framework tree; indicators are the fourth.")
public enum NodeTier {
    @Description("Broad theme, e.g. Environment (tier 1).") THEME,
    @Description("Topic within a theme, e.g. Water (tier 2).") TOPIC,
    @Description("Aspect within a topic, e.g. Water discharge quality (tier 3).") ASPECT
}
