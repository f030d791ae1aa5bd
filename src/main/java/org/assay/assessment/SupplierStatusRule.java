package org.assay.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assay.framework.scoring.Rating;

/**
 * Derives a supplier's status from its assessments (domain §4 "Validity and status"). Plain code.
 * Rated when the newest published (not superseded) assessment is still valid; expiring when it ends within
 * {@code expiringWithinDays}; expired when it has ended and nothing newer is published; in progress when
 * there is an open assessment and nothing published; not assessed otherwise.
 */
public final class SupplierStatusRule {

    public static final int DEFAULT_EXPIRING_WITHIN_DAYS = 60;

    private SupplierStatusRule() {
    }

    /** The facts of one assessment the rule needs. */
    public record Facts(AssessmentStatus status, Rating rating, java.math.BigDecimal overall, LocalDate validUntil,
                        java.time.Instant publishedAt, java.util.UUID assessmentId) {
    }

    /** The derived status. */
    public record Derived(SupplierStatusKind kind, Rating rating, java.math.BigDecimal overall, LocalDate validUntil,
                          java.util.UUID assessmentId, boolean assessmentInProgress) {
    }

    public static Derived derive(List<Facts> assessments, LocalDate today, int expiringWithinDays) {
        boolean open = assessments.stream().anyMatch(a -> a.status().isOpen());
        Optional<Facts> latest = assessments.stream()
                .filter(a -> a.status() == AssessmentStatus.PUBLISHED)
                .min(CurrentPublication.newestFirst(Facts::publishedAt, Facts::assessmentId));
        if (latest.isEmpty()) {
            return new Derived(open ? SupplierStatusKind.IN_PROGRESS : SupplierStatusKind.NOT_ASSESSED, null, null, null, null, open);
        }
        Facts f = latest.get();
        SupplierStatusKind kind;
        if (f.validUntil().isBefore(today)) {
            kind = SupplierStatusKind.EXPIRED;
        } else if (!f.validUntil().isAfter(today.plusDays(expiringWithinDays))) {
            kind = SupplierStatusKind.EXPIRING;
        } else {
            kind = SupplierStatusKind.RATED;
        }
        return new Derived(kind, f.rating(), f.overall(), f.validUntil(), f.assessmentId(), open);
    }
}
