package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.AnswerValue;
import org.assay.framework.scoring.ScoreCard;
import org.assay.framework.scoring.Scorer;
import org.assay.framework.AnswerType;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scoring and publication. Publishing freezes the assessment (service and database), records the score and
 * rating, sets its validity, and marks the assessment it corrects as superseded.
 */
@ApplicationScoped
public class Publication {

    private static final Scorer SCORER = new Scorer();

    @Inject
    EntityManager em;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Criteria criteria;

    @Inject
    Answering answering;

    @Inject
    AssessmentAccess access;

    @Inject
    ValidityPolicy validity;

    @Inject
    jakarta.enterprise.event.Event<AssessmentPublished> published;

    @Inject
    org.assay.platform.CommittedFacts facts;

    /** Counter of published assessments by method (Prometheus {@code assay_assessments_published_total}). */
    public static final String PUBLISHED = "assay.assessments.published";

    public Assessment publish(UUID id) {
        Assessment a = access.forPublishing(id);
        // score everything before changing the row: once it is PUBLISHED (flushed), the database refuses any change
        ScoreCard card = scoreCard(a, openCriticalFindings(a.id));
        ScoreCard criticalsClosed = scoreCard(a, 0);
        LocalDate today = clock.today();
        LocalDate certificateExpiry = null;
        if (a.method == AssessmentMethod.CERTIFICATE_RECOGNITION) {
            Certificate c = a.certificateId == null ? null : em.find(Certificate.class, a.certificateId);
            if (c == null || c.status != CertificateStatus.VERIFIED) {
                throw new UserInputException("input.assessmentId", AssessmentErrorCode.CERTIFICATE_NOT_VERIFIED,
                        "a certificate recognition needs a verified certificate before publication");
            }
            if (c.validUntil.isBefore(today)) {
                throw new UserInputException("input.assessmentId", AssessmentErrorCode.CERTIFICATE_EXPIRED, "the certificate expired on " + c.validUntil);
            }
            certificateExpiry = c.validUntil;
        }
        a.status = AssessmentStatus.PUBLISHED;
        a.publishedAt = clock.now();
        a.publishedBy = caller.subject();
        a.validFrom = today;
        a.validUntil = validity.validUntil(a.method, today, certificateExpiry);
        a.overallScore = card.overall();
        a.rating = card.rating();
        a.bandRating = card.bandRating();
        a.ratingIfCriticalsClosed = criticalsClosed.rating();
        // what requirement profiles read as "every essential indicator met" (empty: none below the floor)
        a.essentialCodesBelowFloor = new java.util.ArrayList<>(card.cap(org.assay.framework.scoring.CapKind.ESSENTIAL_BELOW_FLOOR)
                .map(org.assay.framework.scoring.AppliedCap::indicatorCodes).orElse(List.of()));
        for (var t : card.themes()) {
            ThemeScoreRecord r = new ThemeScoreRecord();
            r.key = new ThemeScoreRecord.Key(a.id, t.code());
            r.weight = t.weight();
            r.score = t.score();
            r.scoredCount = t.scoredIndicatorCount();
            em.persist(r);
        }
        if (a.supersedesId != null) {
            Assessment corrected = em.find(Assessment.class, a.supersedesId);
            if (corrected != null && corrected.status == AssessmentStatus.PUBLISHED) {
                corrected.status = AssessmentStatus.SUPERSEDED;
                outbox.event(org.assay.platform.outbox.EventType.ASSESSMENT_SUPERSEDED).supplier(corrected.supplierId).body(corrected.assessmentBodyId)
                        .assessment(corrected.id).summary("supersededByAssessmentId", a.id).record();
            }
        }
        var event = outbox.event(org.assay.platform.outbox.EventType.ASSESSMENT_PUBLISHED).supplier(a.supplierId).body(a.assessmentBodyId).assessment(a.id)
                .summary("method", a.method).summary("rating", a.rating).summary("overallScore", a.overallScore)
                .summary("validFrom", a.validFrom).summary("validUntil", a.validUntil).summary("supersedesAssessmentId", a.supersedesId);
        var counts = event.summaryObject().putObject("findingCounts");
        var findings = event.full().putArray("findings");
        for (Finding f : answering.findings(a.id)) {
            String severity = f.severity.name().toLowerCase(java.util.Locale.ROOT);
            counts.put(severity, counts.path(severity).asInt(0) + 1);
            findings.addObject().put("id", f.id.toString()).put("severity", f.severity.name()).put("title", f.title);
        }
        event.record();
        published.fire(new AssessmentPublished(a.id, a.supplierId, a.assessmentBodyId, today));
        facts.count(PUBLISHED, "method", a.method.name());
        return a;
    }

    /** The breakdown ("why this rating") of any assessment: every indicator's score and weight, themes, caps. */
    public ScoreCard scoreCard(Assessment a, int openCriticalFindings) {
        Criteria.VersionCriteria version = criteria.of(a.versionId);
        Map<String, Criteria.Item> applicable = answering.applicable(a);
        Map<String, AnswerValue> values = new HashMap<>();
        for (AssessmentAnswer x : answering.answers(a.id)) {
            Criteria.Item item = applicable.get(x.key.indicatorCode);
            if (item == null) {
                continue; // answered before the scope changed; not asked any more
            }
            values.put(item.code(), toValue(item, x));
        }
        return SCORER.score(version.themes(), applicable.values().stream().map(Criteria.Item::scored).toList(), values,
                openCriticalFindings, version.rules());
    }

    /**
     * A published (or superseded) assessment's theme scores as publication stored them, in the framework's theme order:
     * a published assessment never changes, so its score card is not computed again to read them (issue 16: the full
     * report recomputed it on every read). One statement. An assessment published before scores were stored has no
     * rows; its scores are then computed as publication would have.
     */
    public List<org.assay.framework.scoring.ThemeScore> publishedThemeScores(Assessment a) {
        List<ThemeScoreRecord> stored = em.createQuery("from ThemeScoreRecord t where t.key.assessmentId = :a", ThemeScoreRecord.class)
                .setParameter("a", a.id).getResultList();
        if (stored.isEmpty()) {
            return scoreCard(a, openCriticalFindings(a.id)).themes();
        }
        Map<String, Integer> order = new HashMap<>();
        List<org.assay.framework.scoring.Theme> themes = criteria.of(a.versionId).themes();
        for (int i = 0; i < themes.size(); i++) {
            order.put(themes.get(i).code(), i);
        }
        return stored.stream()
                .sorted(java.util.Comparator.comparing((ThemeScoreRecord t) -> order.getOrDefault(t.key.themeCode, Integer.MAX_VALUE))
                        .thenComparing(t -> t.key.themeCode))
                .map(t -> new org.assay.framework.scoring.ThemeScore(t.key.themeCode, t.weight, t.score, t.scoredCount))
                .toList();
    }

    public int openCriticalFindings(UUID assessmentId) {
        return ((Number) em.createQuery("select count(f) from Finding f where f.assessmentId = :a and f.severity = :c")
                .setParameter("a", assessmentId).setParameter("c", Severity.CRITICAL).getSingleResult()).intValue();
    }

    /** Starts a correction: a new assessment, assigned to the same body, that will supersede the published one. */
    public Assessment startCorrection(UUID publishedId) {
        Assessment old = access.lockVisible(publishedId);
        if (old.status != AssessmentStatus.PUBLISHED) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.WRONG_STATE, "only a published assessment can be corrected");
        }
        if (!(caller.is(org.assay.platform.Role.OPERATOR)
                || (caller.is(org.assay.platform.Role.ASSESSOR) && caller.organisationId().equals(old.assessmentBodyId)))) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.NOT_ALLOWED, "the operator or the body that published it corrects an assessment");
        }
        long open = ((Number) em.createQuery("select count(a) from Assessment a where a.supersedesId = :o and a.status in :open")
                .setParameter("o", old.id).setParameter("open", List.of(AssessmentStatus.REQUESTED, AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED))
                .getSingleResult()).longValue();
        if (open > 0) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.CORRECTION_IN_PROGRESS, "a correction of this assessment is already under way");
        }
        Assessment c = new Assessment();
        c.id = UUID.randomUUID();
        c.supplierId = old.supplierId;
        c.siteId = old.siteId;
        c.scopeSiteId = old.scopeSiteId;
        c.versionId = old.versionId;
        c.cahraListId = old.cahraListId;
        c.inCahra = old.inCahra;
        c.method = old.method;
        c.status = AssessmentStatus.IN_PROGRESS;
        c.assessmentBodyId = old.assessmentBodyId;
        c.certificateId = old.certificateId;
        c.supersedesId = old.id;
        c.createdAt = clock.now();
        c.assignedAt = c.createdAt;
        try {
            em.persist(c);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.OPEN_ASSESSMENT_EXISTS,
                    "an open assessment of this supplier, scope and method already exists; finish it first");
        }
        em.createNativeQuery("""
                        insert into assessment_answer (assessment_id, indicator_code, yes, maturity, number_value, text_value, document_id,
                               not_applicable, justification, comment, evidence_ids, source, answered_by, answered_at)
                        select ?1, indicator_code, yes, maturity, number_value, text_value, document_id, not_applicable, justification,
                               comment, evidence_ids, source, answered_by, answered_at
                          from assessment_answer where assessment_id = ?2""")
                .setParameter(1, c.id).setParameter(2, old.id).executeUpdate();
        return c;
    }

    static AnswerValue toValue(Criteria.Item item, AssessmentAnswer x) {
        if (x.notApplicable) {
            return AnswerValue.notApplicable(x.justification == null ? "" : x.justification);
        }
        AnswerType t = item.answerType();
        return switch (t) {
            case YES_NO -> AnswerValue.yes(Boolean.TRUE.equals(x.yes));
            case MATURITY -> AnswerValue.maturity(x.maturity);
            case NUMBER -> AnswerValue.number(x.numberValue);
            case TEXT -> AnswerValue.text();
            case DOCUMENT -> AnswerValue.document();
        };
    }
}
