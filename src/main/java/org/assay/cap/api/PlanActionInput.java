package org.assay.cap.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** A corrective action plan. */
@Name("PlanActionInput")
@Description("A corrective action plan.")
public class PlanActionInput {
    @NonNull @Id @Description("The action.") public String actionId;
    @NonNull @Description("What will be done (up to 5000 characters).") public String description;
    @NonNull @Description("Who is responsible (name or role).") public String owner;
}
