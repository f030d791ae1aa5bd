package org.assay.events;

import org.assay.platform.Role;
import org.assay.platform.outbox.EventType;
import org.assay.platform.outbox.OutboxEvent;
import org.assay.sharing.SharingLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The grievance and dispute rows of the audience rule (plain code): who receives which event at which level, which facts. */
class EventAudienceTest {

    static final UUID SUPPLIER = UUID.randomUUID();
    static final UUID BODY = UUID.randomUUID();

    @ParameterizedTest(name = "{0} as {1} (grant {2}, handler {3}) → {4}, publicSummary {5}, grievanceId {6}")
    @CsvSource({
            // type, viewer, grant, handler, level, receives publicSummary, receives grievanceId
            "GRIEVANCE_RECEIVED, SUPPLIER_ITSELF, , false, FULL, true, true",
            "GRIEVANCE_MESSAGE_TO_SUPPLIER, SUPPLIER_ITSELF, , false, FULL, true, true",
            "GRIEVANCE_RECEIVED, OPERATOR, , true, FULL, true, true",
            "GRIEVANCE_ACTION_COMMITTED, OPERATOR, , true, FULL, true, true",
            "GRIEVANCE_STAGE_CHANGED, OPERATOR, , false, FULL, true, false",
            "GRIEVANCE_SUPPLIER_RESPONDED, OPERATOR, , false, , false, false",
            "GRIEVANCE_STAGE_CHANGED, MEMBER, FULL, false, FULL, true, false",
            "GRIEVANCE_STAGE_CHANGED, MEMBER, SUMMARY, false, SUMMARY, false, false",
            "GRIEVANCE_RECEIVED, MEMBER, , false, , false, false",
            "GRIEVANCE_MESSAGE_TO_SUPPLIER, MEMBER, FULL, false, , false, false",
            "GRIEVANCE_RECEIVED, OTHER_SUPPLIER, SUMMARY, false, , false, false",
            "GRIEVANCE_RECEIVED, ASSESSOR, SUMMARY, false, , false, false",
            "FINDING_DISPUTED, MEMBER, FULL, false, FULL, true, true",
            "FINDING_DISPUTE_DECIDED, MEMBER, SUMMARY, false, , false, false",
            "FINDING_DISPUTE_DECIDED, BODY, , false, FULL, true, true",
            "FINDING_DISPUTED, OPERATOR, , false, FULL, true, true",
    })
    void grievanceAndDisputeEvents(EventType type, String viewer, SharingLevel grant, boolean handler, SharingLevel level,
                                   boolean publicSummary, boolean grievanceId) {
        OutboxEvent e = new OutboxEvent();
        e.type = type;
        e.supplierId = SUPPLIER;
        if (type.name().startsWith("FINDING")) {
            e.bodyId = BODY;
        }
        EventAudience.Viewer v = switch (viewer) {
            case "SUPPLIER_ITSELF" -> new EventAudience.Viewer(SUPPLIER, Role.SUPPLIER);
            case "OPERATOR" -> new EventAudience.Viewer(UUID.randomUUID(), Role.OPERATOR, handler);
            case "MEMBER" -> new EventAudience.Viewer(UUID.randomUUID(), Role.MEMBER);
            case "OTHER_SUPPLIER" -> new EventAudience.Viewer(UUID.randomUUID(), Role.SUPPLIER);
            case "ASSESSOR" -> new EventAudience.Viewer(UUID.randomUUID(), Role.ASSESSOR);
            case "BODY" -> new EventAudience.Viewer(BODY, Role.ASSESSOR);
            default -> throw new IllegalArgumentException(viewer);
        };
        EventAudience.Decision d = EventAudience.level(v, e, grant, false);
        assertEquals(level, d.level());
        assertEquals(publicSummary, d.receives("publicSummary"));
        assertEquals(grievanceId, d.receives("grievanceId"));
    }
}
