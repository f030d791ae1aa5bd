package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where a page of a cursor connection stands (Relay's {@code PageInfo}). */
@Description("Where this page stands in the list. Pass `endCursor` as `after` to get the next page.")
public record PageInfo(
        @Description("Whether more items follow this page.") boolean hasNextPage,
        @Description("Whether items come before this page: true when it was asked for with `after` (lists here are paged forward).")
        boolean hasPreviousPage,
        @Description("Opaque cursor of the first item of this page; null when the page is empty.") String startCursor,
        @Description("Opaque cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
