package org.assay.grievance.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code replyToGrievance}: the complainant's reply, with the case's reference and follow-up code. */
@Name("ReplyToGrievanceInput")
@Description("The complainant's reply to the grievance handlers, with the case reference and the follow-up code.")
public class ReplyToGrievanceInput {
    @NonNull @Description("The case reference from the receipt.")
    public String reference;
    @NonNull @Description("The secret follow-up code from the receipt.")
    public String followUpCode;
    @NonNull @Description("The reply, plain text, 1–4000 characters.")
    public String message;

    @Override
    public String toString() {
        return "ReplyToGrievanceInput[" + reference + "]";
    }
}
