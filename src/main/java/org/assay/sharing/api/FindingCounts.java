package org.assay.sharing.api;

import org.eclipse.microprofile.graphql.Description;

/** Numbers of findings by severity. */
@Description("Numbers of findings by severity.")
public record FindingCounts(@Description("Critical.") int critical, @Description("Major.") int major,
                            @Description("Minor.") int minor, @Description("Observations.") int observation) {
}
