package org.assay.assessment.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code node(id:)} for assessments, under assessment's rule ({@code AssessmentAccess.visibleAll}, the rule of
 * {@code assessment(id:)} for the operator, the assigned body and the supplier; for a member, the assessment sharing shows it).
 * A member's read is recorded for the supplier (a SUMMARY access record per assessment returned), as by {@code assessment(id:)}.
 */
@ApplicationScoped
public class AssessmentNodes implements NodeResolver {

    @Inject
    AssessmentReferences references;

    @Override
    public NodeType type() {
        return AssessmentView.TYPE;
    }

    @Override
    public Map<UUID, AssessmentView> visible(Collection<UUID> ids) {
        return references.read(List.copyOf(ids));
    }
}
