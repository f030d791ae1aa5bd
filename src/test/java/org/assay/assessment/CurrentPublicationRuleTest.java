package org.assay.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CurrentPublication#newestFirst} as a table: two published assessments (publication instant, id) and which one
 * is current. The SQL side of the same order is proved against PostgreSQL by {@code CurrentPublicationTest}.
 */
class CurrentPublicationRuleTest {

    record Published(Instant at, UUID id) {
    }

    @ParameterizedTest(name = "{0} {1} vs {2} {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # first published at          | first id                             | second published at          | second id                            | current
            2026-01-02T00:00:00Z          | 00000000-0000-4000-8000-000000000001 | 2026-01-01T00:00:00Z         | 00000000-0000-4000-8000-000000000000 | first
            2026-01-01T00:00:00Z          | 00000000-0000-4000-8000-000000000001 | 2026-01-02T00:00:00Z         | 00000000-0000-4000-8000-000000000000 | second
            2026-01-01T00:00:00.000001Z   | ffffffff-0000-4000-8000-000000000000 | 2026-01-01T00:00:00Z         | 00000000-0000-4000-8000-000000000000 | first
            2026-01-01T00:00:00Z          | 00000000-0000-4000-8000-000000000002 | 2026-01-01T00:00:00Z         | 00000000-0000-4000-8000-000000000001 | second
            2026-01-01T00:00:00Z          | 7fffffff-0000-4000-8000-000000000000 | 2026-01-01T00:00:00Z         | 80000000-0000-4000-8000-000000000000 | first
            2026-01-01T00:00:00Z          | 80000000-0000-4000-8000-000000000000 | 2026-01-01T00:00:00Z         | 7fffffff-0000-4000-8000-000000000000 | second
            2026-01-01T00:00:00Z          | 00000000-0000-4000-ffff-000000000000 | 2026-01-01T00:00:00Z         | 00000000-0000-4000-0000-000000000000 | second
            """)
    void theNewestIsCurrentAndATieGoesToTheSmallerIdInPostgresOrder(Instant firstAt, UUID firstId, Instant secondAt, UUID secondId, String current) {
        Published first = new Published(firstAt, firstId);
        Published second = new Published(secondAt, secondId);
        Published picked = List.of(first, second).stream().min(CurrentPublication.newestFirst(Published::at, Published::id)).orElseThrow();
        assertEquals(current.equals("first") ? first : second, picked);
        Published reversed = List.of(second, first).stream().min(CurrentPublication.newestFirst(Published::at, Published::id)).orElseThrow();
        assertEquals(picked, reversed, "the order of the input does not matter");
    }
}
