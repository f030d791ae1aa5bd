package org.assay.grievance.api;

import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceCategory;
import org.assay.grievance.GrievanceLanguage;
import org.assay.grievance.GrievanceMessage;
import org.assay.grievance.GrievanceStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** What the complainant sees with the reference and follow-up code: the status and their channel of messages. */
@Name("GrievanceFollowUp")
@Description("What the complainant sees of their case with the reference and the follow-up code: its status and the messages with the grievance handlers. Never the supplier's channel.")
public record GrievanceFollowUpView(
        @NonNull @Description("The case reference.") String reference,
        @NonNull @Description("What it is about.") GrievanceCategory category,
        @NonNull @Description("Where the case is in its handling.") GrievanceStage stage,
        @NonNull @Description("The language the case was filed in.") GrievanceLanguage language,
        @NonNull @Description("Name of the supplier it is about.") String supplierName,
        @NonNull @Description("When it was filed.") Instant filedAt,
        @NonNull @Description("When it last changed.") Instant updatedAt,
        @Description("The agreed outcome (resolved) or the reason (closed, not admissible, referred); null until then.") String outcome,
        @NonNull @Description("Messages between the complainant and the grievance handlers, oldest first.") List<@NonNull GrievanceMessageView> messages) {

    static GrievanceFollowUpView of(Grievance g, String supplierName, List<GrievanceMessage> messages) {
        return new GrievanceFollowUpView(g.reference, g.category, g.stage, g.language, supplierName, g.filedAt, g.updatedAt,
                g.outcome, messages.stream().map(GrievanceMessageView::of).toList());
    }
}
