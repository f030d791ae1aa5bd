package org.assay.grievance.api;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceAccess;
import org.assay.grievance.GrievanceHandling;
import org.assay.grievance.GrievanceMessage;
import org.assay.grievance.GrievanceStep;
import org.assay.grievance.MessageChannel;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of {@code Grievance} resolved for a whole list at once: the supplier, and what only grievance handlers get
 * (the decrypted protected fields, the complainant's channel, the history). A supplier asking for a handlers-only field
 * is refused (forbidden), so it can never receive a protected value.
 */
@GraphQLApi
@Transactional
public class GrievanceFields {

    @Inject
    OrganisationReferences organisations;

    @Inject
    GrievanceHandling handling;

    @Inject
    GrievanceAccess access;

    @Inject
    EntityManager em;

    @Inject
    org.assay.grievance.GrievanceEvidence files;

    @Inject
    org.assay.cap.CorrectiveActions actions;

    @Inject
    org.assay.cap.api.CorrectiveActionViews actionViews;

    @Name("correctiveActions")
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("The corrective actions the supplier committed to in response to this grievance, oldest first (the cap's own view: "
            + "state, due date, history, verification).")
    public List<@NonNull List<org.assay.cap.api.@NonNull CorrectiveActionView>> correctiveActions(@Source List<GrievanceView> grievances) {
        List<org.assay.cap.CorrectiveAction> all = actions.ofGrievances(grievances.stream().map(GrievanceView::key).toList());
        Map<UUID, List<org.assay.cap.api.CorrectiveActionView>> by = new java.util.HashMap<>();
        List<org.assay.cap.api.CorrectiveActionView> views = actionViews.of(all);
        for (int i = 0; i < all.size(); i++) {
            by.computeIfAbsent(all.get(i).grievanceId, k -> new ArrayList<>()).add(views.get(i));
        }
        return grievances.stream().map(g -> by.getOrDefault(g.key(), List.of())).toList();
    }

    @Name("supplier")
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER})
    @Description("The supplier the summary is about, under the organisation's own rule (its public profile to members).")
    public List<@NonNull OrganisationView> summarySupplier(@Source List<GrievanceSummaryView> summaries) {
        return organisations.resolve(summaries, GrievanceSummaryView::supplierKey);
    }

    @Name("supplier")
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("The supplier the grievance is about.")
    public List<@NonNull OrganisationView> supplier(@Source List<GrievanceView> grievances) {
        return organisations.resolve(grievances, GrievanceView::supplierKey);
    }

    @Name("complainant")
    @Allow(Role.OPERATOR)
    @Description("The complainant's name, contact and private details, decrypted. Grievance handlers only; never the supplier.")
    public List<GrievanceComplainantView> complainant(@Source List<GrievanceView> grievances) {
        handlersOnly();
        List<Grievance> rows = load(grievances);
        return handling.protectedFields(rows).stream().map(GrievanceComplainantView::of).toList();
    }

    @Name("complainantMessages")
    @Allow(Role.OPERATOR)
    @Description("Messages between the complainant and the grievance handlers, oldest first. Grievance handlers only.")
    public List<@NonNull List<@NonNull GrievanceMessageView>> complainantMessages(@Source List<GrievanceView> grievances) {
        handlersOnly();
        return messages(grievances, MessageChannel.COMPLAINANT);
    }

    @Name("supplierMessages")
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("Messages between the grievance handlers and the supplier, oldest first.")
    public List<@NonNull List<@NonNull GrievanceMessageView>> supplierMessages(@Source List<GrievanceView> grievances) {
        return messages(grievances, MessageChannel.SUPPLIER);
    }

    @Name("history")
    @Allow(Role.OPERATOR)
    @Description("Every dated step of the handling, oldest first. Grievance handlers only.")
    public List<@NonNull List<@NonNull GrievanceStepView>> history(@Source List<GrievanceView> grievances) {
        handlersOnly();
        Map<UUID, List<GrievanceStep>> by = handling.steps(grievances.stream().map(GrievanceView::key).toList());
        List<List<GrievanceStepView>> out = new ArrayList<>();
        for (GrievanceView g : grievances) {
            out.add(by.getOrDefault(g.key(), List.of()).stream().map(GrievanceStepView::of).toList());
        }
        return out;
    }

    @Name("evidence")
    @Allow(Role.OPERATOR)
    @Description("The evidence files the complainant attached (images without their metadata). Grievance handlers only: they may show faces, names or places.")
    public List<@NonNull List<@NonNull GrievanceEvidenceView>> evidence(@Source List<GrievanceView> grievances) {
        handlersOnly();
        Map<UUID, List<GrievanceEvidenceView>> by = new java.util.HashMap<>();
        for (var f : files.of(grievances.stream().map(GrievanceView::key).toList())) {
            by.computeIfAbsent(f.grievanceId, k -> new ArrayList<>()).add(GrievanceEvidenceView.of(f));
        }
        return grievances.stream().map(g -> by.getOrDefault(g.key(), List.of())).toList();
    }

    private void handlersOnly() {
        if (!access.isHandler()) {
            throw new ForbiddenException();
        }
    }

    private List<List<GrievanceMessageView>> messages(List<GrievanceView> grievances, MessageChannel channel) {
        Map<UUID, List<GrievanceMessage>> by = handling.messages(grievances.stream().map(GrievanceView::key).toList(), channel);
        List<List<GrievanceMessageView>> out = new ArrayList<>();
        for (GrievanceView g : grievances) {
            out.add(by.getOrDefault(g.key(), List.of()).stream().map(GrievanceMessageView::of).toList());
        }
        return out;
    }

    private List<Grievance> load(List<GrievanceView> grievances) {
        Map<UUID, Grievance> by = new java.util.HashMap<>();
        for (Grievance g : em.createQuery("from Grievance g where g.id in :ids", Grievance.class)
                .setParameter("ids", grievances.stream().map(GrievanceView::key).toList()).getResultList()) {
            by.put(g.id, g);
        }
        return grievances.stream().map(v -> by.get(v.key())).toList();
    }
}
