package org.assay.grievance.api;

import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceCategory;
import org.assay.grievance.GrievanceLanguage;
import org.assay.grievance.GrievanceSeverity;
import org.assay.grievance.GrievanceStage;
import org.assay.grievance.OtherMechanism;
import org.assay.grievance.TriageOutcome;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A grievance as the operator's grievance handlers and the supplier concerned see it. The protected fields and the
 * complainant's channel are separate fields ({@link GrievanceFields}) that only handlers get.
 */
@Name("Grievance")
@Description("A concern raised by an affected person about a supplier or one of its sites. Seen by the operator's grievance handlers and by the supplier concerned; "
        + "the complainant's identity, contact and private details (`complainant`) and the complainant's channel are for handlers only.")
public record GrievanceView(
        @NonNull @Id @Description("Global id.") String id,
        @NonNull @Description("The case reference the complainant holds.") String reference,
        @NonNull @Description("What it is about.") GrievanceCategory category,
        @NonNull @Description("Where the case is in its handling.") GrievanceStage stage,
        @NonNull @Description("How serious it is (a retaliation report is always CRITICAL).") GrievanceSeverity severity,
        @NonNull @Description("The language it was filed in; answers to the complainant are written in it.") GrievanceLanguage language,
        @NonNull @Description("What happened, as the complainant wrote it.") String description,
        @Description("Where it happened.") String location,
        @Description("When it happened, in the complainant's words.") String occurred,
        @NonNull @Description("Whether the complainant chose to stay anonymous (gave no name).") boolean anonymous,
        @Description("The site it is about, if any.") GrievanceSiteRef site,
        @Description("The triage decision; null before triage.") TriageOutcome triageOutcome,
        @Description("The mechanism it was referred to, if referred.") OtherMechanism referredTo,
        @Description("Its reference at that mechanism, if referred.") String referralReference,
        @Description("The agreed outcome (resolved) or the reason (closed); null until then.") String outcome,
        @Description("The handlers' redacted account of a resolved or closed case, which members with a FULL grant read.") String publicSummary,
        @NonNull @Description("Codes of the indicators it concerns, as linked by a handler.") List<@NonNull String> linkedIndicatorCodes,
        @NonNull @Description("Findings it concerns (finding ids), as linked by a handler.") List<@NonNull String> linkedFindings,
        @NonNull @Description("When it was filed.") Instant filedAt,
        @NonNull @Description("When it last changed.") Instant updatedAt,
        @Ignore UUID key,
        @Ignore UUID supplierKey) implements Node {

    public static final NodeType TYPE = new NodeType(org.assay.grievance.GrievanceEvents.GRIEVANCE_NODE);

    static GrievanceView of(Grievance g) {
        return new GrievanceView(TYPE.id(g.id), g.reference, g.category, g.stage, g.severity, g.language, g.description, g.location,
                g.occurred, g.anonymous, g.siteId == null ? null : new GrievanceSiteRef(GrievanceSiteView.SITE.id(g.siteId)),
                g.triageOutcome, g.referredTo, g.referralReference, g.outcome, g.publicSummary, List.copyOf(g.linkedIndicators),
                g.linkedFindings.stream().map(UUID::toString).toList(), g.filedAt, g.updatedAt, g.id, g.supplierId);
    }
}
