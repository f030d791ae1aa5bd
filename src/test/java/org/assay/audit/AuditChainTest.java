package org.assay.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditChainTest {

    private static List<AuditChain.StoredEvent> chain(int n) {
        List<AuditChain.StoredEvent> events = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            var r = new AuditChain.AuditRecord(i, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i), "alice",
                    UUID.nameUUIDFromBytes(new byte[]{(byte) i}), "MEMBER", "op" + i, "t" + i, AuditChain.sha256("in" + i));
            String h = AuditChain.hash(r, prev);
            events.add(new AuditChain.StoredEvent(r, prev, h));
            prev = h;
        }
        return events;
    }

    @Test
    void intactChainHasNoBreak() {
        assertNull(AuditChain.firstBreak(chain(5), 1, AuditChain.GENESIS));
    }

    @Test
    void editedFieldIsAHashMismatch() {
        var events = chain(5);
        var e = events.get(2);
        var r = e.record();
        events.set(2, new AuditChain.StoredEvent(new AuditChain.AuditRecord(r.seq(), r.occurredAt(), "mallory",
                r.organisationId(), r.role(), r.operation(), r.targetIds(), r.inputDigest()), e.previousHash(), e.hash()));
        var b = AuditChain.firstBreak(events, 1, AuditChain.GENESIS);
        assertEquals(3, b.seq());
        assertEquals(AuditChain.BreakKind.HASH_MISMATCH, b.kind());
    }

    @Test
    void deletedEventIsASequenceGap() {
        var events = chain(5);
        events.remove(1);
        var b = AuditChain.firstBreak(events, 1, AuditChain.GENESIS);
        assertEquals(2, b.seq());
        assertEquals(AuditChain.BreakKind.SEQUENCE_GAP, b.kind());
    }

    @Test
    void separatorsCannotBeShifted() {
        var a = new AuditChain.AuditRecord(1, Instant.EPOCH, "ab", null, null, "c", "", "d");
        var b = new AuditChain.AuditRecord(1, Instant.EPOCH, "a", null, null, "bc", "", "d");
        org.junit.jupiter.api.Assertions.assertNotEquals(AuditChain.hash(a, AuditChain.GENESIS), AuditChain.hash(b, AuditChain.GENESIS));
    }
}
