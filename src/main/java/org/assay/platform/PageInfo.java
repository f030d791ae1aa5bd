package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;

/** Where a page of a cursor connection stands. */
@Description("Where this page stands in the list. Pass `endCursor` as `after` to get the next page.")
public record PageInfo(
        @Description("Whether more items follow this page.") boolean hasNextPage,
        @Description("Opaque cursor of the last item of this page; null when the page is empty.") String endCursor) {
}
