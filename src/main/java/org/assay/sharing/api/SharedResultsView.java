package org.assay.sharing.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.sharing.AccessLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.UUID;

/** A supplier's results as far as they are shared with the caller; {@code summary}, {@code detail} and {@code supplier} are resolved beside it. */
@Name("SharedResults")
@Description("A supplier's results as far as they are shared with you.")
public record SharedResultsView(@NonNull @Id @Deprecated(reason = "Use `supplier { id }`: the supplier as an `Organisation` (its `id` is the organisation's global id).")
                                @Description("The supplier's raw id. Deprecated: use `supplier`.") String supplierId,
                                @Ignore UUID supplierKey,
                                @NonNull @Description("Supplier name (public profile).") String supplierName,
                                @NonNull @Description("Supplier country (public profile).") String country,
                                @NonNull @Description("How far the results are shared with you.") AccessLevel access) {
}
