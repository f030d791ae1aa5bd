package org.assay.cap.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** The assessor's decision on a proposed due date. */
@Name("DecideDueDateInput")
@Description("The assessor's decision on a proposed due date.")
public class DecideDueDateInput {
    @NonNull @Id @Description("The action.") public String actionId;
    @Description("True to accept, false to refuse.") public boolean accept;
    @Description("Why (required when refusing).") public String reason;
}
