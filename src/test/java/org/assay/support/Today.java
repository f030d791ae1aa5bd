package org.assay.support;

import io.quarkus.arc.Arc;
import org.assay.platform.Clock;

import java.time.LocalDate;

/**
 * Today as the service sees it: the platform clock's UTC date (which tests may move), not the test JVM's
 * {@code LocalDate.now()} in the machine's time zone. Tests that compare or build dates use this.
 */
public final class Today {

    private Today() {
    }

    public static LocalDate today() {
        return Arc.container().instance(Clock.class).get().today();
    }
}
