package org.assay.assessment.dispute;

import org.assay.assessment.Severity;

import java.util.UUID;

/**
 * Fired (synchronously, inside the deciding transaction) when the assessment body withdraws a disputed finding; the
 * corrective-action plan withdraws the finding's action in the same transaction.
 */
public record FindingWithdrawn(UUID findingId, UUID assessmentId, UUID supplierId, Severity severity, String reason) {
}
