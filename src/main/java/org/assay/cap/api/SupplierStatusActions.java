package org.assay.cap.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.SupplierStatusView;
import org.assay.cap.ActionStatusSummaries;
import org.assay.cap.ActionSummariesOfRequest;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The supplier status gains action counts and the current rating, resolved for a whole list at once. */
@GraphQLApi
@Allow({Role.SUPPLIER, Role.MEMBER, Role.OPERATOR})
@Transactional
public class SupplierStatusActions {

    @Inject
    ActionSummariesOfRequest summaries;

    @Description("Open and overdue corrective actions by severity.")
    public List<ActionCounts> actions(@Source List<SupplierStatusView> statuses) {
        Map<UUID, ActionStatusSummaries.Summary> s = summaries.of(statuses.stream().map(v -> UUID.fromString(v.supplierId())).toList());
        return statuses.stream().map(v -> ActionCounts.of(s.get(UUID.fromString(v.supplierId())))).toList();
    }

    @Description("The current rating: the published rating, with the open-critical-finding cap lifted once every critical action is verified or its finding withdrawn after a dispute.")
    public List<CurrentRating> currentRating(@Source List<SupplierStatusView> statuses) {
        Map<UUID, ActionStatusSummaries.Summary> s = summaries.of(statuses.stream().map(v -> UUID.fromString(v.supplierId())).toList());
        return statuses.stream().map(v -> {
            ActionStatusSummaries.Summary x = s.get(UUID.fromString(v.supplierId()));
            return new CurrentRating(x.currentRating(), x.publishedRating(), x.explanation());
        }).toList();
    }
}
