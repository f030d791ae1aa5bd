package org.assay.grievance.api;

import org.assay.grievance.MessageChannel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code sendGrievanceMessage}. */
@Name("SendGrievanceMessageInput")
@Description("A grievance handler's message, to the complainant or (separately) to the supplier.")
public class SendGrievanceMessageInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("Whom it is for: COMPLAINANT or SUPPLIER. Neither sees the other's channel.")
    public MessageChannel to;
    @NonNull @Description("The text, plain text, 1–4000 characters (to the complainant: in the case's language).")
    public String body;
}
