package org.assay.sharing.api;

import io.smallrye.graphql.api.Deprecated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Usage totals for an organisation and period; {@code organisation} is resolved beside it. */
@Description("Usage totals for an organisation and period.")
public record UsageReport(@NonNull @Id @Deprecated(reason = "Use `organisation { id }`: the organisation as an `Organisation` (its `id` is the organisation's global id).")
                          @Description("The organisation's raw id. Deprecated: use `organisation`.") String organisationId,
                          @Ignore UUID organisationKey,
                          @NonNull @Description("Start (inclusive).") Instant from,
                          @NonNull @Description("End (exclusive).") Instant to,
                          @NonNull @Description("Count per kind.") List<@NonNull UsageTotal> totals) {
}
