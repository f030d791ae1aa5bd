package org.assay.disclosure.api;

import org.assay.cap.ActionStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Corrective actions in one state. */
@Description("How many corrective actions of the latest published assessment are in one state.")
public record ActionStatusCount(@NonNull @Description("The state.") ActionStatus status, @Description("How many.") long count) {
}
