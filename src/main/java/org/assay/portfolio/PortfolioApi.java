package org.assay.portfolio;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplierApi.SupplierProfileView;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.List;

/**
 * GraphQL operations on a member's private portfolio. Thin: maps arguments, calls {@link PortfolioService}, maps
 * results. Members only: a portfolio is visible to its member and nobody else.
 */
@GraphQLApi
public class PortfolioApi {

    @Inject
    PortfolioService service;

    // ---- queries ----

    @Query
    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's own portfolio of suppliers, by supplier name, with each supplier's public profile and sites. "
            + "Members only; no operation shows another member's portfolio or who else buys from a supplier.")
    public PortfolioConnection portfolio(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Description("Filters; all optional, combined with AND.") PortfolioFilter filter) {
        PageRequest page = PageRequest.of(first, after);
        PortfolioFilter f = filter == null ? new PortfolioFilter() : filter;
        PageRequest.Slice<PortfolioService.Listed> slice = page.slice(service.page(new PortfolioService.Filter(
                f.namePrefix, f.country, f.mineral, f.inCahra, f.category, f.spendBand), page), PortfolioService::cursorOf);
        return slice.connection(PortfolioEntryView::of, PortfolioConnection.PortfolioEdge::new, PortfolioConnection::new);
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Add an active supplier to the caller's portfolio, with the caller's own tags. A supplier already in the "
            + "portfolio is refused with `ALREADY_IN_PORTFOLIO` (use `updatePortfolioEntry` to change its tags). Members only.")
    public PortfolioEntryPayload addToPortfolio(@NonNull @Description("The supplier and its tags.") PortfolioRowInput input) {
        return new PortfolioEntryPayload(PortfolioEntryView.of(service.add(input.row())));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Add up to 1,000 suppliers to the caller's portfolio at once. Valid rows are added; every invalid row is "
            + "reported in `rowErrors` with its index and why, and is not added (a supplier already in the portfolio is the "
            + "row error `ALREADY_IN_PORTFOLIO`: its tags are not changed). `userErrors` are kept for problems with the whole "
            + "input (no rows, more than 1,000): then nothing is added. Members only.")
    public PortfolioBulkPayload addToPortfolioBulk(@NonNull @Description("The rows to add.") AddToPortfolioBulkInput input) {
        PortfolioService.BulkResult result = service.addBulk(
                input.rows == null ? null : input.rows.stream().map(r -> r == null ? null : r.row()).toList());
        return new PortfolioBulkPayload(result.added().stream().map(PortfolioEntryView::of).toList(),
                result.rowErrors().stream().map(PortfolioRowError::of).toList());
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Replace the tags of an entry of the caller's portfolio: a tag not given is cleared. Members only.")
    public PortfolioEntryPayload updatePortfolioEntry(@NonNull @Description("The entry and its new tags.") UpdatePortfolioEntryInput input) {
        return new PortfolioEntryPayload(PortfolioEntryView.of(service.update(Ids.parseInput("input.entryId", input.entryId),
                PortfolioRows.Tags.of(input.internalId, input.category, input.spendBand))));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Remove a supplier from the caller's portfolio. Members only.")
    public PortfolioEntryPayload removeFromPortfolio(@NonNull @Description("Which entry.") PortfolioEntryRefInput input) {
        return new PortfolioEntryPayload(PortfolioEntryView.of(service.remove(Ids.parseInput("input.entryId", input.entryId))));
    }

    // ---- types ----

    @Name("PortfolioEntry")
    @Description("A supplier in the caller's portfolio, with the caller's own tags.")
    public record PortfolioEntryView(
            @NonNull @Id @Description("Opaque id of the entry.") String id,
            @Description("The member's own reference for the supplier (e.g. its ERP vendor number); unique within the portfolio.") String internalId,
            @Description("The member's own category (free text).") String category,
            @Description("How much the member spends with the supplier per year.") SpendBand spendBand,
            @NonNull @Description("When the supplier was added to the portfolio.") Instant addedAt,
            @NonNull @Description("The supplier's public profile, with its sites.") SupplierProfileView supplier) {

        static PortfolioEntryView of(PortfolioService.Listed l) {
            return new PortfolioEntryView(l.entry().id.toString(), l.entry().internalId, l.entry().category,
                    l.entry().spendBand, l.entry().addedAt, SupplierProfileView.of(l.supplier(), l.profile()));
        }
    }

    @Name("PortfolioConnection")
    @Description("A page of the caller's portfolio.")
    public record PortfolioConnection(
            @NonNull @Description("The entries of this page, by supplier name, each with its cursor.") List<@NonNull PortfolioEdge> edges,
            @NonNull @Description("The entries of this page, by supplier name.") List<@NonNull PortfolioEntryView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of the caller's portfolio, with its cursor.")
        public record PortfolioEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") PortfolioEntryView node) {
        }
    }

    @Name("PortfolioFilter")
    @Description("Filters of the portfolio; every filter is optional and they combine with AND.")
    public static class PortfolioFilter {
        @Description("Supplier name starts with this text (case-insensitive).")
        public String namePrefix;
        @Description("ISO 3166-1 alpha-2 country: the supplier is registered there or has an active site there.")
        public String country;
        @Description("The supplier's profile lists this mineral or one of its active sites handles it.")
        public Mineral mineral;
        @Description("True: the supplier has an active site in a CAHRA; false: it has none.")
        public Boolean inCahra;
        @Description("The member's category, exactly (case-insensitive).")
        public String category;
        @Description("The member's spend band.")
        public SpendBand spendBand;
    }

    @Name("PortfolioRowInput")
    @Description("A supplier to add to the portfolio, with the member's own tags.")
    public static class PortfolioRowInput {
        @NonNull @Id @Description("Id of an active supplier organisation (see `supplierDirectory`).")
        public String supplierId;
        @Description("The member's own reference for the supplier, up to 64 characters, unique within the portfolio.")
        public String internalId;
        @Description("The member's own category, up to 100 characters.")
        public String category;
        @Description("How much the member spends with the supplier per year.")
        public SpendBand spendBand;

        PortfolioRows.Row row() {
            return new PortfolioRows.Row(supplierId, internalId, category, spendBand);
        }
    }

    @Name("AddToPortfolioBulkInput")
    @Description("Up to 1,000 suppliers to add at once.")
    public static class AddToPortfolioBulkInput {
        @NonNull @Description("The rows, 1 to 1,000. Row errors refer to them by 0-based index.")
        public List<@NonNull PortfolioRowInput> rows;
    }

    @Name("UpdatePortfolioEntryInput")
    @Description("New tags for an entry; they replace the old ones (a tag not given is cleared).")
    public static class UpdatePortfolioEntryInput {
        @NonNull @Id @Description("Entry to change.")
        public String entryId;
        @Description("The member's own reference for the supplier, up to 64 characters, unique within the portfolio.")
        public String internalId;
        @Description("The member's own category, up to 100 characters.")
        public String category;
        @Description("How much the member spends with the supplier per year.")
        public SpendBand spendBand;
    }

    @Name("PortfolioEntryRefInput")
    @Description("Refers to one entry of the caller's portfolio.")
    public static class PortfolioEntryRefInput {
        @NonNull @Id @Description("Entry id.")
        public String entryId;
    }

    @Name("PortfolioRowError")
    @Description("Why one row of a bulk addition was not added. The other rows are not affected.")
    public record PortfolioRowError(
            @Description("0-based index of the row in `input.rows`.") int row,
            @Description("Field of the row at fault (`supplierId`, `internalId`, `category`); null when the whole row is at fault.") String field,
            @NonNull @Description("Stable code: `REQUIRED`, `INVALID_ID`, `NOT_FOUND`, `SUPPLIER_SUSPENDED`, `ALREADY_IN_PORTFOLIO`, "
                    + "`DUPLICATE_ROW`, `DUPLICATE_INTERNAL_ID` or `TOO_LONG`.") String code,
            @NonNull @Description("Human-readable explanation, in English.") String message) {
        static PortfolioRowError of(PortfolioRows.RowError e) {
            return new PortfolioRowError(e.row(), e.field(), e.code(), e.message());
        }
    }

    @Description("Result of a change to one portfolio entry.")
    public static class PortfolioEntryPayload extends MutationPayload {
        private PortfolioEntryView entry;

        public PortfolioEntryPayload() {
        }

        PortfolioEntryPayload(PortfolioEntryView entry) {
            this.entry = entry;
        }

        @Description("The entry after the change (as it was, for a removal); null when there are user errors.")
        public PortfolioEntryView getEntry() {
            return entry;
        }

        @Override
        public List<String> auditTargetIds() {
            return entry == null ? List.of() : List.of(entry.id());
        }
    }

    @Description("Result of a bulk addition to the portfolio.")
    public static class PortfolioBulkPayload extends MutationPayload {
        private List<PortfolioEntryView> added = List.of();
        private List<PortfolioRowError> rowErrors = List.of();

        public PortfolioBulkPayload() {
        }

        PortfolioBulkPayload(List<PortfolioEntryView> added, List<PortfolioRowError> rowErrors) {
            this.added = added;
            this.rowErrors = rowErrors;
        }

        @NonNull
        @Description("The entries added, in row order.")
        public List<@NonNull PortfolioEntryView> getAdded() {
            return added;
        }

        @Description("Number of rows added.")
        public int getAddedCount() {
            return added.size();
        }

        @NonNull
        @Description("Rows not added, with why; empty when every row was added.")
        public List<@NonNull PortfolioRowError> getRowErrors() {
            return rowErrors;
        }

        @Override
        public List<String> auditTargetIds() {
            return added.stream().map(PortfolioEntryView::id).toList();
        }
    }
}
