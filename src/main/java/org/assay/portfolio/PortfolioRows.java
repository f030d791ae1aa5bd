package org.assay.portfolio;

import org.assay.platform.UserError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules for adding suppliers to a portfolio, row by row, as plain code: the service loads what the rules need
 * (which ids are suppliers, what the member already holds) in a constant number of queries and this class decides.
 */
public final class PortfolioRows {

    public static final int MAX_ROWS = 1000;
    public static final int MAX_INTERNAL_ID = 64;
    public static final int MAX_CATEGORY = 100;

    private PortfolioRows() {
    }

    /** One row as the client sent it; {@code supplierId} is not yet parsed. */
    public record Row(String supplierId, String internalId, String category, SpendBand spendBand) {
    }

    /** What the platform knows about an organisation id; ids missing from the map are unknown. */
    public enum SupplierState { ACTIVE, SUSPENDED, NOT_A_SUPPLIER }

    /** A row that may be added, with its tags normalised. */
    public record Accepted(int row, UUID supplierId, Tags tags) {
    }

    /** Why row {@code row} (0-based) was not added; {@code field} is the row's field at fault. */
    public record RowError(int row, String field, PortfolioErrorCode code, String message) {
    }

    public record Outcome(List<Accepted> accepted, List<RowError> errors) {
    }

    /** A member's tags on an entry, trimmed; blank ones are null. */
    public record Tags(String internalId, String category, SpendBand spendBand) {
        public static Tags of(String internalId, String category, SpendBand spendBand) {
            return new Tags(blankToNull(internalId), blankToNull(category), spendBand);
        }

        /** Length problems, with field names relative to the row or input ({@code internalId}, {@code category}). */
        public List<UserError> problems() {
            List<UserError> errors = new ArrayList<>();
            if (internalId != null && internalId.length() > MAX_INTERNAL_ID) {
                errors.add(UserError.of("internalId", PortfolioErrorCode.TOO_LONG, "internalId must be at most " + MAX_INTERNAL_ID + " characters"));
            }
            if (category != null && category.length() > MAX_CATEGORY) {
                errors.add(UserError.of("category", PortfolioErrorCode.TOO_LONG, "category must be at most " + MAX_CATEGORY + " characters"));
            }
            return errors;
        }
    }

    /** The parsable supplier ids of the rows, without duplicates: what the service must look up. */
    public static Set<UUID> supplierIds(List<Row> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            UUID id = parse(r.supplierId());
            if (id != null) ids.add(id);
        });
        return ids;
    }

    /** The non-blank internal ids of the rows: the service checks which the member already uses. */
    public static Set<String> internalIds(List<Row> rows) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            String id = blankToNull(r.internalId());
            if (id != null) ids.add(id);
        });
        return ids;
    }

    /**
     * Decides every row. A row with any problem is not added; the others are. Within the input, the first row for
     * a supplier or an internal id wins and later ones are errors.
     *
     * @param suppliers        state of every known id among the rows' supplier ids
     * @param held             suppliers already in the member's portfolio
     * @param internalIdsTaken internal ids already used by the member's other entries
     */
    public static Outcome check(List<Row> rows, Map<UUID, SupplierState> suppliers, Set<UUID> held, Set<String> internalIdsTaken) {
        List<Accepted> accepted = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<UUID, Integer> supplierRow = new HashMap<>();
        Map<String, Integer> internalIdRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<RowError> problems = new ArrayList<>();
            if (row == null) {
                errors.add(new RowError(i, null, PortfolioErrorCode.REQUIRED, "the row is empty"));
                continue;
            }
            UUID supplierId = parse(row.supplierId());
            if (blankToNull(row.supplierId()) == null) {
                problems.add(new RowError(i, "supplierId", PortfolioErrorCode.REQUIRED, "supplierId is required"));
            } else if (supplierId == null) {
                problems.add(new RowError(i, "supplierId", PortfolioErrorCode.INVALID_ID, "supplierId is not a valid id"));
            } else {
                SupplierState state = suppliers.get(supplierId);
                if (state == null || state == SupplierState.NOT_A_SUPPLIER) {
                    problems.add(new RowError(i, "supplierId", PortfolioErrorCode.NOT_FOUND, "no supplier with this id"));
                } else if (state == SupplierState.SUSPENDED) {
                    problems.add(new RowError(i, "supplierId", PortfolioErrorCode.SUPPLIER_SUSPENDED, "this supplier is suspended on the platform"));
                } else if (held.contains(supplierId)) {
                    problems.add(new RowError(i, "supplierId", PortfolioErrorCode.ALREADY_IN_PORTFOLIO, "this supplier is already in your portfolio"));
                } else if (supplierRow.containsKey(supplierId)) {
                    problems.add(new RowError(i, "supplierId", PortfolioErrorCode.DUPLICATE_ROW,
                            "the same supplier is already added by row " + supplierRow.get(supplierId)));
                }
            }
            Tags tags = Tags.of(row.internalId(), row.category(), row.spendBand());
            for (UserError e : tags.problems()) {
                problems.add(new RowError(i, e.field(), e.code().as(PortfolioErrorCode.class), e.message()));
            }
            if (tags.internalId() != null && tags.internalId().length() <= MAX_INTERNAL_ID) {
                if (internalIdsTaken.contains(tags.internalId())) {
                    problems.add(new RowError(i, "internalId", PortfolioErrorCode.DUPLICATE_INTERNAL_ID,
                            "another supplier in your portfolio already has this internal id"));
                } else if (internalIdRow.containsKey(tags.internalId())) {
                    problems.add(new RowError(i, "internalId", PortfolioErrorCode.DUPLICATE_INTERNAL_ID,
                            "the same internal id is already used by row " + internalIdRow.get(tags.internalId())));
                }
            }
            if (problems.isEmpty()) {
                accepted.add(new Accepted(i, supplierId, tags));
                supplierRow.put(supplierId, i);
                if (tags.internalId() != null) internalIdRow.put(tags.internalId(), i);
            } else {
                errors.addAll(problems);
            }
        }
        return new Outcome(accepted, errors);
    }

    static UUID parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
