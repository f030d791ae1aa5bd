package org.assay.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * What other features know of an evidence document (never its bytes): given to {@link DocumentReadRule}s and returned
 * by {@link EvidenceService#requireReadable}.
 *
 * @param uploaderOrganisationId the organisation of the person who uploaded it
 * @param supplierId             the supplier the document is about, if any
 */
public record DocumentRef(UUID id, String name, String mediaType, long size, String sha256,
                          UUID uploaderOrganisationId, String uploadedBy, UUID supplierId, Instant uploadedAt) {
}
