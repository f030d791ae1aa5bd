package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A top-tier theme of the framework version (e.g. Environment) with its weight in the overall score.
 *
 * @param weight positive, at most 2 decimals; stored at scale 2
 */
public record Theme(String code, BigDecimal weight) {

    public Theme {
        Objects.requireNonNull(code, "code");
        weight = Scores.weight(weight, "theme " + code, false);
    }
}
