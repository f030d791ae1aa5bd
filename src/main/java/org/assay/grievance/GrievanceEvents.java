package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.GlobalId;
import org.assay.platform.outbox.EventOutbox;
import org.assay.platform.outbox.EventType;

import java.util.UUID;

/**
 * What grievance events carry — one home, recorded in the transaction of the change (docs/api/events-and-webhooks.md).
 * Every receiver: the supplier, the grievance's category and stage (what members' counts show). Full-only: the
 * grievance's id and reference, its severity and, once resolved or closed, the handlers' public summary — of which a
 * member with a FULL grant receives only the public summary ({@code events.EventAudience}). Never a protected field
 * (name, contact, private details), never a message text, nothing of the complainant's channel.
 */
@ApplicationScoped
public class GrievanceEvents {

    /** The GraphQL type name of grievances ({@code grievance.api.GrievanceView.TYPE}). */
    public static final String GRIEVANCE_NODE = "Grievance";

    @Inject
    EventOutbox outbox;

    void received(Grievance g) {
        about(EventType.GRIEVANCE_RECEIVED, g).record();
    }

    void stageChanged(Grievance g, GrievanceStage from) {
        EventOutbox.Draft d = about(EventType.GRIEVANCE_STAGE_CHANGED, g).summary("previousStage", from);
        if (g.stage.finished() && g.publicSummary != null) {
            d.full("publicSummary", g.publicSummary);
        }
        d.record();
    }

    void messageToSupplier(Grievance g) {
        about(EventType.GRIEVANCE_MESSAGE_TO_SUPPLIER, g).record();
    }

    void supplierResponded(Grievance g) {
        about(EventType.GRIEVANCE_SUPPLIER_RESPONDED, g).record();
    }

    void actionCommitted(Grievance g, UUID actionId) {
        about(EventType.GRIEVANCE_ACTION_COMMITTED, g).action(actionId).record();
    }

    private EventOutbox.Draft about(EventType type, Grievance g) {
        return outbox.event(type).supplier(g.supplierId)
                .summary("category", g.category).summary("stage", g.stage)
                .full("grievanceId", new GlobalId(GRIEVANCE_NODE, g.id).encode())
                .full("reference", g.reference)
                .full("severity", g.severity);
    }
}
