package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** The input of {@code commitToCorrectiveAction}. */
@Name("CommitToCorrectiveActionInput")
@Description("What the supplier commits to do about a grievance concerning it.")
public class CommitToCorrectiveActionInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("What will be done, plain text, 1–5000 characters.")
    public String description;
    @NonNull @Description("Who is responsible at the supplier (name or role), 1–200 characters.")
    public String owner;
    @NonNull @Description("By when (after today).")
    public LocalDate dueDate;
}
