package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

@Description("Which part of the version number publishing a draft increased.")
public enum VersionBump {
    @Description("The set of essential indicators changed (an essential indicator added, retired or reclassified either way): x.y became (x+1).0.") MAJOR,
    @Description("Anything else changed (texts, weights, optional indicators, references, ...): x.y became x.(y+1).") MINOR
}
