package org.assay.grievance.api;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * The protected part of a filing. The audit trail digests a mutation's input as JSON (Jackson): this type writes itself
 * as a constant there ({@link #redacted}), so its values never enter an audit input, nor a log ({@link #toString}).
 */
@Name("ComplainantInput")
@Description("Who you are and how to reach you, and what only the grievance handlers may read. All optional, encrypted, never shown to the supplier.")
public class ComplainantInput {
    @Description("Your name (leave empty to stay anonymous), up to 200 characters.")
    public String name;
    @Description("How to reach you: phone, e-mail, a trusted person; up to 500 characters.")
    public String contact;
    @Description("Details only the grievance handlers may read, never the supplier; up to 4000 characters.")
    public String privateDetails;

    /** What JSON serialisation (the audit digest) sees of this input: never the values. */
    @JsonValue
    String redacted() {
        return "[protected]";
    }

    @Override
    public String toString() {
        return "ComplainantInput[redacted]";
    }
}
