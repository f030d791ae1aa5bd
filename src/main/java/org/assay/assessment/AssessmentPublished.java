package org.assay.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** Fired (synchronously, inside the publishing transaction) when an assessment is published. */
public record AssessmentPublished(UUID assessmentId, UUID supplierId, UUID assessmentBodyId, LocalDate publishedOn) {
}
