package org.assay.audit.api;

import org.assay.audit.AuditChain;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Result of recomputing the audit chain. */
@Name("AuditVerification")
@Description("Result of recomputing the audit chain.")
public record AuditVerification(
        @Description("True when every event matches its hash and links to the one before it.") boolean intact,
        @Description("Number of events checked before the first break (all of them when intact).") long checkedEvents,
        @Description("Sequence number where the chain first breaks; null when intact.") Long firstBrokenSeq,
        @Description("Kind of break; null when intact.") AuditChain.BreakKind breakKind,
        @Description("Explanation of the break; null when intact.") String reason,
        @Description("Hash of the last event when intact: record it outside the platform to anchor the chain.") String headHash) {
}
