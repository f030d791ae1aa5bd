package org.assay.portfolio;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Row-by-row rules of portfolio additions, as plain code. */
class PortfolioRowsTest {

    final UUID active = UUID.randomUUID();
    final UUID other = UUID.randomUUID();
    final UUID suspended = UUID.randomUUID();
    final UUID member = UUID.randomUUID();
    final UUID held = UUID.randomUUID();
    final Map<UUID, PortfolioRows.SupplierState> states = Map.of(
            active, PortfolioRows.SupplierState.ACTIVE, other, PortfolioRows.SupplierState.ACTIVE,
            held, PortfolioRows.SupplierState.ACTIVE, suspended, PortfolioRows.SupplierState.SUSPENDED,
            member, PortfolioRows.SupplierState.NOT_A_SUPPLIER);

    static PortfolioRows.Row row(Object supplierId, String internalId) {
        return new PortfolioRows.Row(supplierId == null ? null : supplierId.toString(), internalId, null, null);
    }

    PortfolioRows.Outcome check(PortfolioRows.Row... rows) {
        return PortfolioRows.check(Arrays.asList(rows), states, Set.of(held), Set.of("TAKEN"));
    }

    static List<String> codes(PortfolioRows.Outcome o) {
        return o.errors().stream().map(e -> e.row() + ":" + e.code()).toList();
    }

    @Test
    void validRowsAreAcceptedWithTrimmedTags() {
        PortfolioRows.Outcome o = PortfolioRows.check(List.of(new PortfolioRows.Row(" " + active + " ", "  V-1 ", "  ", SpendBand.OVER_10M)),
                states, Set.of(), Set.of());
        assertEquals(List.of(), o.errors());
        assertEquals(active, o.accepted().get(0).supplierId());
        assertEquals(new PortfolioRows.Tags("V-1", null, SpendBand.OVER_10M), o.accepted().get(0).tags());
    }

    @Test
    void eachBadRowIsReportedWithItsIndex() {
        PortfolioRows.Outcome o = check(
                row(active, "A"),                 // 0 ok
                row(null, null),                  // 1
                row("zzz", null),                 // 2
                row(UUID.randomUUID(), null),     // 3 unknown
                row(member, null),                // 4 not a supplier
                row(suspended, null),             // 5
                row(held, null),                  // 6
                row(active, null),                // 7 duplicate of row 0
                row(other, "TAKEN"),              // 8
                row(other, "A"),                  // 9 internal id of row 0
                null,                             // 10
                row(other, "x".repeat(65)),       // 11
                row(other, "B"));                 // 12 ok
        assertEquals(List.of("1:REQUIRED", "2:INVALID_ID", "3:NOT_FOUND", "4:NOT_FOUND", "5:SUPPLIER_SUSPENDED",
                "6:ALREADY_IN_PORTFOLIO", "7:DUPLICATE_ROW", "8:DUPLICATE_INTERNAL_ID", "9:DUPLICATE_INTERNAL_ID", "10:REQUIRED",
                "11:TOO_LONG"), codes(o));
        assertEquals(List.of(0, 12), o.accepted().stream().map(PortfolioRows.Accepted::row).toList());
    }

    @Test
    void aRowWithSeveralProblemsReportsAll() {
        PortfolioRows.Outcome o = PortfolioRows.check(List.of(new PortfolioRows.Row(held.toString(), "TAKEN", "c".repeat(101), null)),
                states, Set.of(held), Set.of("TAKEN"));
        assertEquals(List.of("0:ALREADY_IN_PORTFOLIO", "0:TOO_LONG", "0:DUPLICATE_INTERNAL_ID"), codes(o));
        assertEquals(List.of("supplierId", "category", "internalId"), o.errors().stream().map(PortfolioRows.RowError::field).toList());
    }

    @Test
    void idsToLookUpAreCollectedOnce() {
        List<PortfolioRows.Row> rows = List.of(row(active, "A"), row(active, " A "), row("bad", ""), row(other, null));
        assertEquals(Set.of(active, other), PortfolioRows.supplierIds(rows));
        assertEquals(Set.of("A"), PortfolioRows.internalIds(rows));
    }
}
