package org.assay.assessment.dispute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of finding disputes ({@code assay.disputes.*}; docs/operations.md). */
@ConfigMapping(prefix = "assay.disputes")
public interface DisputeConfig {

    /** How long after publication a supplier may dispute a finding of the published assessment. */
    @WithDefault("30d")
    Duration window();
}
