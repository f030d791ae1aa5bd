package org.assay.sharing.api;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Answering;
import org.assay.assessment.Assessment;
import org.assay.assessment.api.AnswerView;
import org.assay.assessment.api.AssessmentReferences;
import org.assay.assessment.api.AssessmentView;
import org.assay.assessment.api.FindingView;
import org.assay.assessment.api.ThemeScoreView;
import org.assay.evidence.api.DocumentReferences;
import org.assay.evidence.api.DocumentView;
import org.assay.assessment.Publication;
import org.assay.assessment.Severity;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.assay.sharing.SharedResults;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A supplier's shared results at the granted level. Full-only data under a summary grant is refused field by field:
 * the {@code detail} field is null with a {@code forbidden} error at its path — the same rule everywhere.
 */
@GraphQLApi
@Allow({Role.MEMBER, Role.OPERATOR, Role.SUPPLIER, Role.ASSESSOR})
@Transactional
public class SharedResultsQueries {

    @Inject EntityManager em;
    @Inject SharedResults results;
    @Inject Publication publication;
    @Inject Answering answering;
    @Inject OrganisationReferences organisations;
    @Inject AssessmentReferences assessments;

    @Query
    @Description("A supplier's shared results, as far as its grants allow you: `access` says how far; `summary` needs SUMMARY, `detail` needs FULL "
            + "(otherwise null with a `forbidden` error at that field). Every read is recorded for the supplier.")
    public SharedResultsView sharedResults(@NonNull @Id @Description("Supplier organisation id.") String supplierId) {
        UUID id = Ids.parse("supplierId", supplierId);
        Organisation s = em.find(Organisation.class, id);
        if (s == null || s.kind != OrganisationKind.SUPPLIER) {
            throw new NotFoundException("Supplier");
        }
        return new SharedResultsView(s.id.toString(), s.id, s.name, s.country, results.levelFor(id));
    }

    @Name("supplier")
    @Description("The supplier, under the organisation's own rule (its public profile to members and assessment bodies).")
    public List<@NonNull OrganisationView> supplier(@Source List<SharedResultsView> shared) {
        return organisations.resolve(shared, SharedResultsView::supplierKey);
    }

    @Description("Summary of the newest published assessment (needs SUMMARY or FULL access); null when nothing is published.")
    public ResultSummary summary(@Source SharedResultsView shared) {
        require(shared, SharingLevel.SUMMARY);
        Assessment a = results.current(shared.supplierKey());
        if (a == null) {
            return null;
        }
        results.recordRead(shared.supplierKey(), a.id, SharingLevel.SUMMARY);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity sv : Severity.values()) counts.put(sv, 0);
        answering.findings(a.id).forEach(f -> counts.merge(f.severity, 1, Integer::sum));
        return new ResultSummary(a.id.toString(), a.id, a.method, a.publishedAt, a.validFrom, a.validUntil, a.overallScore, a.rating,
                publication.publishedThemeScores(a).stream().map(t -> new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount())).toList(),
                new FindingCounts(counts.get(Severity.CRITICAL), counts.get(Severity.MAJOR), counts.get(Severity.MINOR), counts.get(Severity.OBSERVATION)));
    }

    @Description("Indicator answers, comments, findings and evidence of the newest published assessment (needs FULL access).")
    public ResultDetail detail(@Source SharedResultsView shared) {
        require(shared, SharingLevel.FULL);
        Assessment a = results.current(shared.supplierKey());
        if (a == null) {
            return null;
        }
        results.recordRead(shared.supplierKey(), a.id, SharingLevel.FULL);
        List<AnswerView> answers = answering.answers(a.id).stream().map(AnswerView::of).toList();
        List<FindingView> findings = answering.findings(a.id).stream().map(FindingView::of).toList();
        Set<String> docs = new HashSet<>();
        answers.forEach(x -> { docs.addAll(x.evidenceDocumentIds()); if (x.documentId() != null) docs.add(x.documentId()); });
        findings.forEach(f -> docs.addAll(f.evidenceDocumentIds()));
        return new ResultDetail(a.id.toString(), a.id, answers, findings, docs.stream().sorted().toList());
    }

    @Name("assessment")
    @Description("The assessment summarised: the supplier's newest published one, under assessment's own rule, which for a member is exactly "
            + "the assessment its grant lets it follow. Once the supplier publishes a newer one, `summary` moves on to it and the older one "
            + "answers null (NOT_FOUND in `node`) to the member.")
    public List<AssessmentView> summaryAssessment(@Source List<ResultSummary> summaries) {
        return assessments.resolve(summaries, ResultSummary::assessmentKey);
    }

    @Name("assessment")
    @Description("The assessment detailed: the supplier's newest published one, under assessment's own rule (as for `ResultSummary.assessment`).")
    public List<AssessmentView> detailAssessment(@Source List<ResultDetail> details) {
        return assessments.resolve(details, ResultDetail::assessmentKey);
    }

    @Inject
    DocumentReferences documents;

    @NonNull
    @Name("evidence")
    @Description("Every evidence document the answers and findings cite, under evidence's read rule (a FULL grant reads those of the "
            + "newest published assessment); download each with its `downloadPath`.")
    public List<@NonNull List<@NonNull DocumentView>> detailEvidence(@Source List<ResultDetail> details) {
        return documents.resolveEach(details, ResultDetail::evidenceDocumentIds);
    }

    private static void require(SharedResultsView shared, SharingLevel needed) {
        if (!shared.access().covers(needed)) {
            throw new ForbiddenException("not shared with you at level " + needed);
        }
    }
}
