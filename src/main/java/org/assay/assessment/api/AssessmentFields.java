package org.assay.assessment.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Answering;
import org.assay.assessment.AssessmentAnswer;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An assessment's answers and findings, resolved for a whole list at once (one statement each). The parties only: a
 * member reads answers and findings through {@code sharedResults.detail} under a full grant.
 */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
public class AssessmentFields {

    @Inject EntityManager em;
    @Inject Answering answering;

    @Description("Answers given so far.")
    public List<List<@NonNull AnswerView>> answers(@Source List<AssessmentView> assessments) {
        List<UUID> ids = assessments.stream().map(AssessmentView::key).toList();
        Map<UUID, List<AnswerView>> byAssessment = em.createQuery(
                        "from AssessmentAnswer x where x.key.assessmentId in :ids order by x.key.indicatorCode", AssessmentAnswer.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(x -> x.key.assessmentId, Collectors.mapping(AnswerView::of, Collectors.toList())));
        return ids.stream().map(id -> byAssessment.getOrDefault(id, List.of())).toList();
    }

    @Description("Findings raised.")
    public List<List<@NonNull FindingView>> findings(@Source List<AssessmentView> assessments) {
        List<UUID> ids = assessments.stream().map(AssessmentView::key).toList();
        Map<UUID, List<FindingView>> byAssessment = answering.findings(ids).stream()
                .collect(Collectors.groupingBy(f -> f.assessmentId, Collectors.mapping(FindingView::of, Collectors.toList())));
        return ids.stream().map(id -> byAssessment.getOrDefault(id, List.of())).toList();
    }
}
