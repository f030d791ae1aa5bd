package org.assay.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.assay.framework.AssessmentMethod;

/** How long a published assessment is valid, by method (domain §4 "Validity"). */
@ConfigMapping(prefix = "assay.validity")
public interface ValidityPolicy {
    /** Months a self-assessment is valid. */
    @WithDefault("12")
    int selfAssessmentMonths();

    /** Months a desk review is valid. */
    @WithDefault("24")
    int deskReviewMonths();

    /** Months an on-site audit is valid. */
    @WithDefault("36")
    int onSiteAuditMonths();

    /** Days before the end of validity when a supplier counts as expiring. */
    @WithDefault("60")
    int expiringWithinDays();

    default java.time.LocalDate validUntil(AssessmentMethod method, java.time.LocalDate from, java.time.LocalDate certificateExpiry) {
        return switch (method) {
            case SELF_ASSESSMENT -> from.plusMonths(selfAssessmentMonths());
            case DESK_REVIEW -> from.plusMonths(deskReviewMonths());
            case ON_SITE_AUDIT -> from.plusMonths(onSiteAuditMonths());
            case CERTIFICATE_RECOGNITION -> certificateExpiry;
        };
    }
}
