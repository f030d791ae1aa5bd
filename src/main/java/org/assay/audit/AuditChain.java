package org.assay.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit trail, as plain code: each event's hash covers its own fields and the hash
 * of the event before it, so editing, deleting or reordering a stored event breaks the chain from there on.
 */
public final class AuditChain {

    /** The "previous hash" of the very first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** SHA-256 over a length-prefixed encoding of the fields (no separator ambiguity). */
    public static String hash(AuditRecord r, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{
                Long.toString(r.seq()), r.occurredAt().toString(), r.subject(),
                r.organisationId() == null ? "" : r.organisationId().toString(),
                r.role() == null ? "" : r.role(), r.operation(), r.targetIds(), r.inputDigest(), previousHash}) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append(';');
        }
        return sha256(canonical.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks events in ascending stored order. Returns the first broken link, or null when intact.
     */
    public static Break firstBreak(Iterable<StoredEvent> eventsInOrder, long expectedFirstSeq, String expectedPreviousHash) {
        long expectedSeq = expectedFirstSeq;
        String previous = expectedPreviousHash;
        for (StoredEvent e : eventsInOrder) {
            if (e.record().seq() != expectedSeq) {
                return new Break(expectedSeq, BreakKind.SEQUENCE_GAP,
                        "expected event #" + expectedSeq + " but found #" + e.record().seq() + ": events are missing or were renumbered");
            }
            if (!e.previousHash().equals(previous)) {
                return new Break(e.record().seq(), BreakKind.CHAIN_BROKEN,
                        "event #" + e.record().seq() + " does not link to the event before it: an event was removed, inserted or reordered");
            }
            if (!hash(e.record(), e.previousHash()).equals(e.hash())) {
                return new Break(e.record().seq(), BreakKind.HASH_MISMATCH,
                        "event #" + e.record().seq() + " does not match its hash: its content was edited");
            }
            previous = e.hash();
            expectedSeq++;
        }
        return null;
    }

    /** The hashed fields of an event. {@code targetIds} is the comma-joined list. */
    public record AuditRecord(long seq, java.time.Instant occurredAt, String subject, java.util.UUID organisationId,
                              String role, String operation, String targetIds, String inputDigest) {
    }

    /** An event as stored, with its chain fields. */
    public record StoredEvent(AuditRecord record, String previousHash, String hash) {
    }

    @org.eclipse.microprofile.graphql.Name("AuditBreakKind")
    @org.eclipse.microprofile.graphql.Description("How the audit chain is broken.")
    public enum BreakKind {
        @org.eclipse.microprofile.graphql.Description("Sequence numbers are missing or were renumbered.") SEQUENCE_GAP,
        @org.eclipse.microprofile.graphql.Description("An event does not link to the one before it (removed, inserted or reordered).") CHAIN_BROKEN,
        @org.eclipse.microprofile.graphql.Description("An event's content no longer matches its hash (edited).") HASH_MISMATCH,
        @org.eclipse.microprofile.graphql.Description("The last events were removed, or the recorded chain head was altered.") HEAD_MISMATCH
    }

    public record Break(long seq, BreakKind kind, String reason) {
    }
}
