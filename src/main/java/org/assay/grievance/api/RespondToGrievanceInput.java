package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code respondToGrievance}. */
@Name("RespondToGrievanceInput")
@Description("The supplier's response to the grievance handlers about a grievance concerning it.")
public class RespondToGrievanceInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("The response, plain text, 1–4000 characters.")
    public String body;
}
