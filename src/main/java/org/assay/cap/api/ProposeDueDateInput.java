package org.assay.cap.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** A proposed due date. */
@Name("ProposeDueDateInput")
@Description("A proposed due date.")
public class ProposeDueDateInput {
    @NonNull @Id @Description("The action.") public String actionId;
    @NonNull @Description("The proposed due date (after today).") public LocalDate dueDate;
    @NonNull @Description("Why.") public String reason;
}
