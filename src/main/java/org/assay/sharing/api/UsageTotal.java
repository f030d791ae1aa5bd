package org.assay.sharing.api;

import org.assay.sharing.UsageKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Number of usage events of one kind. */
@Description("Number of usage events of one kind.")
public record UsageTotal(@NonNull @Description("Kind.") UsageKind kind, @Description("Count.") long count) {
}
