package org.assay.cap.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.cap.ActionOrigin;
import org.assay.cap.CorrectiveAction;
import org.assay.cap.CorrectiveActions;
import org.assay.platform.Clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Views of corrective actions with their history, for a whole list in one statement: the cap's own operations and the
 * features that point to actions (a grievance's committed actions) build them here, so a reference shows what the cap shows.
 */
@ApplicationScoped
public class CorrectiveActionViews {

    @Inject
    CorrectiveActions actions;

    @Inject
    Clock clock;

    public List<CorrectiveActionView> of(List<CorrectiveAction> list) {
        Map<UUID, List<CorrectiveActionEventView>> history = actions.history(list.stream().map(a -> a.id).toList()).stream()
                .collect(Collectors.groupingBy(e -> e.actionId, Collectors.mapping(CorrectiveActionEventView::of, Collectors.toList())));
        LocalDate today = clock.today();
        return list.stream().map(a -> new CorrectiveActionView(a.id.toString(), a.findingId == null ? null : a.findingId.toString(), a.findingId,
                a.findingId == null ? ActionOrigin.GRIEVANCE : ActionOrigin.FINDING, a.assessmentId.toString(), a.assessmentId, a.supplierId.toString(),
                a.supplierId, a.severity, a.status, a.overdueOn(today), a.description, a.ownerName, a.dueDate, a.originalDueDate,
                a.proposedDueDate, a.proposedDueReason, a.submittedAt, a.verifiedAt, history.getOrDefault(a.id, List.of()))).toList();
    }
}
