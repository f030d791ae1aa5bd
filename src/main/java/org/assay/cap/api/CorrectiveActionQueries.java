package org.assay.cap.api;

import jakarta.inject.Inject;
import org.assay.cap.ActionStatus;
import org.assay.cap.CorrectiveActions;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import jakarta.transaction.Transactional;
import java.util.List;

/** The corrective actions a caller may see: a supplier's own, its assigned body's, all for the operator. */
@GraphQLApi
@Allow({Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
@Transactional
public class CorrectiveActionQueries {

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionViews views;

    @Query
    @Description("Corrective actions by due date: a supplier's own, those of assessments assigned to an assessor's body, or all for the operator (at most 500).")
    public List<@NonNull CorrectiveActionView> correctiveActions(@Id @Description("Only actions of this assessment.") String assessmentId,
                                                                 @Description("Only actions in this state.") ActionStatus status,
                                                                 @Description("Only overdue (true) or not overdue (false) actions.") Boolean overdue) {
        return views.of(actions.visible(Ids.parse("assessmentId", assessmentId), status, overdue));
    }
}
