package org.assay.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cursors have one home: what a feature encodes reads back through the typed readers, and every bad cursor is INVALID_ARGUMENT. */
class PageRequestTest {

    @Test
    void whatIsEncodedReadsBackTyped() {
        Instant at = Instant.parse("2026-03-01T09:30:00.123456Z");
        UUID id = UUID.randomUUID();
        PageRequest page = PageRequest.of(10, PageRequest.encode(at.toString(), id.toString(), "42", "Kolwezi", "7"));
        assertEquals(at, page.instant(0));
        assertEquals(id, page.uuid(1));
        assertEquals(42L, page.longValue(2));
        assertEquals("Kolwezi", page.text(3));
        assertEquals(7, page.intValue(4));
    }

    @Test
    void everyBadCursorIsAnInvalidArgument() {
        String wellFormed = PageRequest.encode("not-a-date", "not-a-uuid");
        PageRequest page = PageRequest.of(10, wellFormed);
        List<Runnable> reads = List.of(() -> page.instant(0), () -> page.uuid(1), () -> page.longValue(0), () -> page.intValue(1),
                () -> page.decimal(0), () -> page.text(5), () -> page.part(0, s -> { throw new IllegalStateException(s); }));
        for (Runnable read : reads) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, read::run);
            assertEquals(RequestErrorCode.INVALID_ARGUMENT, e.code());
        }
        assertThrows(InvalidArgumentException.class, () -> PageRequest.of(10, "%%% not base64"));
        assertThrows(InvalidArgumentException.class, () -> PageRequest.of(101, null));
    }

    @Test
    void aSliceIsARelayConnection() {
        PageRequest first = PageRequest.of(2, null);
        PageRequest.Slice<String> slice = first.slice(List.of("a", "b", "c"), s -> "cursor-" + s);
        record Edge(String cursor, String node) { }
        record Connection(List<Edge> edges, List<String> nodes, PageInfo pageInfo) { }
        Connection c = slice.connection(s -> s.toUpperCase(), Edge::new, Connection::new);
        assertEquals(List.of(new Edge("cursor-a", "A"), new Edge("cursor-b", "B")), c.edges());
        assertEquals(List.of("A", "B"), c.nodes());
        assertEquals(new PageInfo(true, false, "cursor-a", "cursor-b"), c.pageInfo());

        PageRequest.Slice<String> last = PageRequest.of(2, PageRequest.encode("b")).slice(List.of("c"), s -> "cursor-" + s);
        assertFalse(last.pageInfo().hasNextPage());
        assertTrue(last.pageInfo().hasPreviousPage(), "a page asked for after a cursor has items before it");
        PageInfo empty = PageRequest.of(2, null).slice(List.<String>of(), s -> s).pageInfo();
        assertNull(empty.startCursor());
        assertNull(empty.endCursor());
    }
}
