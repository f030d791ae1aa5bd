package org.assay.grievance.api;

import org.assay.grievance.GrievanceCategory;
import org.assay.grievance.GrievanceLanguage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The input of {@code fileGrievance}. The protected fields are in {@link #complainant}, which never enters the audit
 * trail's input digest (see {@link ComplainantInput}).
 */
@Name("FileGrievanceInput")
@Description("A grievance to file, without an account. Name, contact and private details are encrypted and seen only by the operator's grievance handlers, never by the supplier.")
public class FileGrievanceInput {
    @NonNull @Id @Description("The supplier the grievance is about (`GrievanceSupplier.id`).")
    public String supplierId;
    @Id @Description("The site, if the grievance is about one (`GrievanceSite.id`).")
    public String siteId;
    @NonNull @Description("What the concern is about.")
    public GrievanceCategory category;
    @NonNull @Description("What happened, in plain text, 1–4000 characters.")
    public String description;
    @Description("Where it happened (village, part of the site…), up to 500 characters.")
    public String location;
    @Description("When it happened, in your words (a date, a month, \"since last year\"), up to 200 characters.")
    public String occurred;
    @NonNull @Description("The language you write in; the case keeps it and answers come in it.")
    public GrievanceLanguage language;
    @NonNull @Description("Stay anonymous: give no name (a contact is still possible, to be reached).")
    public Boolean anonymous;
    @Description("Your name, contact and private details (all optional, protected: encrypted, seen only by the grievance handlers).")
    public ComplainantInput complainant;

    @Override
    public String toString() {
        return "FileGrievanceInput[category=" + category + ", protected fields redacted]";
    }
}
