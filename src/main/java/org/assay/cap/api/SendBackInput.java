package org.assay.cap.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** Send an action back. */
@Name("SendBackInput")
@Description("Send an action back.")
public class SendBackInput {
    @NonNull @Id @Description("The action.") public String actionId;
    @NonNull @Description("Why it is not verified.") public String reason;
}
