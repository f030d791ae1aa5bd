package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code appointGrievanceHandler} and {@code removeGrievanceHandler}. */
@Name("GrievanceHandlerInput")
@Description("A person of the operator (its `Person.id`).")
public class GrievanceHandlerInput {
    @NonNull @Id @Description("The person (membership) id.")
    public String personId;
}
