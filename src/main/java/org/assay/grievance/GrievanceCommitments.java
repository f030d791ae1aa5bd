package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assessment.Assessment;
import org.assay.assessment.Severity;
import org.assay.cap.CorrectiveAction;
import org.assay.cap.CorrectiveActions;
import org.assay.platform.Clock;
import org.assay.platform.Caller;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The supplier's commitment to a corrective action in response to a grievance about it (issue 14 item 3): it becomes a
 * corrective action on the supplier's record (cap feature), verified like any other by the body of the supplier's
 * latest published assessment, and linked to the grievance; the grievance's history records it. Only the supplier
 * concerned, while the grievance is admitted and not closed; anyone else's grievance is NOT_FOUND.
 */
@ApplicationScoped
public class GrievanceCommitments {

    @Inject
    GrievanceHandling handling;

    @Inject
    GrievanceAccess access;

    @Inject
    Grievances grievances;

    @Inject
    CorrectiveActions actions;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    GrievanceEvents events;

    /** The action's severity follows the grievance's: critical stays critical, high is major, lower is minor. */
    static Severity severityOf(GrievanceSeverity s) {
        return switch (s) {
            case CRITICAL -> Severity.CRITICAL;
            case HIGH -> Severity.MAJOR;
            case MEDIUM, LOW -> Severity.MINOR;
        };
    }

    public record Commitment(Grievance grievance, CorrectiveAction action) {
    }

    public Commitment commit(UUID grievanceId, String description, String owner, LocalDate dueDate) {
        Grievance g = handling.visible(grievanceId, "input.grievanceId");
        if (!access.isSupplierOf(g.supplierId)) {
            throw new UserInputException("input.grievanceId", GrievanceErrorCode.NOT_FOUND, "no grievance with this id that you may see");
        }
        Validation v = new Validation();
        if (g.stage == GrievanceStage.RECEIVED || g.stage == GrievanceStage.CLOSED) {
            v.add("input.grievanceId", GrievanceErrorCode.WRONG_STAGE,
                    "a corrective action is committed to once the grievance is admitted and until it is closed (this one is " + g.stage + ")");
        }
        String what = Grievances.text(v, "input.description", description, 5000, true);
        String who = Grievances.text(v, "input.owner", owner, 200, true);
        if (v.required("input.dueDate", dueDate) && !dueDate.isAfter(clock.today())) {
            v.add("input.dueDate", GrievanceErrorCode.DUE_DATE_IN_THE_PAST, "the due date must be after today");
        }
        Optional<Assessment> verifying = actions.verifyingAssessment(g.supplierId);
        if (verifying.isEmpty()) {
            v.add("input.grievanceId", GrievanceErrorCode.NO_PUBLISHED_ASSESSMENT,
                    "your organisation has no published assessment whose body could verify the action");
        }
        v.throwIfAny();
        CorrectiveAction a = actions.openForGrievance(verifying.get(), g.id, severityOf(g.severity), what, who, dueDate);
        g.updatedAt = clock.now();
        grievances.step(g, "ACTION_COMMITTED", what.length() > 2000 ? what.substring(0, 1999) + "…" : what, caller.subject());
        events.actionCommitted(g, a.id);
        return new Commitment(g, a);
    }
}
