package org.assay.cap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.assay.assessment.Severity;

import java.time.LocalDate;

/** Default due dates after publication (domain §4 "Corrective actions"). */
@ConfigMapping(prefix = "assay.cap.due-days")
public interface DueDatePolicy {
    @WithDefault("30")
    int critical();

    @WithDefault("90")
    int major();

    @WithDefault("180")
    int minor();

    default LocalDate dueDate(Severity severity, LocalDate published) {
        return switch (severity) {
            case CRITICAL -> published.plusDays(critical());
            case MAJOR -> published.plusDays(major());
            case MINOR -> published.plusDays(minor());
            case OBSERVATION -> throw new IllegalArgumentException("observations open no corrective action");
        };
    }
}
