package org.assay.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.assessment.AssessmentRequests;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for assessment requests: the rule of {@code myAssessmentRequests} (a member's own requests, nobody else's). */
@ApplicationScoped
public class AssessmentRequestNodes implements NodeResolver {

    @Inject
    AssessmentRequests requests;

    @Inject
    AssessmentReferences references;

    @Override
    public NodeType type() {
        return AssessmentRequestView.TYPE;
    }

    @Override
    public Map<UUID, AssessmentRequestView> visible(Collection<UUID> ids) {
        return references.requestViews(requests.own(ids)).stream().collect(Collectors.toMap(AssessmentRequestView::key, v -> v));
    }
}
