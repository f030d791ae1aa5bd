package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Collecting answers and findings, and submitting. Self-assessments are answered by the supplier concerned;
 * desk reviews, on-site audits and certificate recognitions by the assigned assessment body. Only indicators
 * applicable to the assessed scope are accepted, each validated against its answer type and unit.
 */
@ApplicationScoped
public class Answering {

    static final int MAX_TEXT = 10_000;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Criteria criteria;

    @Inject
    AssessmentScopes scopes;

    @Inject
    AssessmentAccess access;

    @Inject
    EvidenceLinks evidence;

    public Assessment saveAnswers(UUID assessmentId, List<AnswerInput> answers) {
        Assessment a = access.forAnswering(assessmentId);
        if (answers == null || answers.isEmpty()) {
            throw new UserInputException("input.answers", AssessmentErrorCode.REQUIRED, "give at least one answer");
        }
        if (answers.size() > 500) {
            throw new UserInputException("input.answers", AssessmentErrorCode.TOO_MANY, "at most 500 answers per call");
        }
        Map<String, Criteria.Item> applicable = applicable(a);
        Criteria.VersionCriteria version = criteria.of(a.versionId);
        Validation v = new Validation();
        Set<String> seen = new HashSet<>();
        List<AssessmentAnswer> valid = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput in = answers.get(i);
            String at = "input.answers." + i;
            if (in == null || in.indicatorCode == null) {
                v.add(at + ".indicatorCode", AssessmentErrorCode.REQUIRED, "indicatorCode is required");
                continue;
            }
            if (!seen.add(in.indicatorCode)) {
                v.add(at + ".indicatorCode", AssessmentErrorCode.DUPLICATE, in.indicatorCode + " is answered twice in this call");
                continue;
            }
            Criteria.Item item = applicable.get(in.indicatorCode);
            if (item == null) {
                v.add(at + ".indicatorCode", version.items().containsKey(in.indicatorCode) ? AssessmentErrorCode.NOT_APPLICABLE_TO_SCOPE : AssessmentErrorCode.UNKNOWN_INDICATOR,
                        version.items().containsKey(in.indicatorCode)
                                ? in.indicatorCode + " is not asked of this supplier/site (stage, mineral or CAHRA scope)"
                                : "no indicator " + in.indicatorCode + " in framework " + version.major() + "." + version.minor());
                continue;
            }
            List<org.assay.platform.UserError> problems = AnswerRules.check(item, in, at);
            Set<UUID> docs = new HashSet<>();
            if (problems.isEmpty()) {
                if (in.documentId != null) docs.add(UUID.fromString(in.documentId));
                if (in.evidenceDocumentIds != null) {
                    for (int j = 0; j < in.evidenceDocumentIds.size(); j++) {
                        try {
                            docs.add(UUID.fromString(in.evidenceDocumentIds.get(j)));
                        } catch (IllegalArgumentException e) {
                            problems = List.of(org.assay.platform.UserError.of(at + ".evidenceDocumentIds." + j, AssessmentErrorCode.INVALID_ID, "not a document id"));
                        }
                    }
                }
            }
            if (!problems.isEmpty()) {
                v.addAll(problems);
                continue;
            }
            for (UUID doc : docs) {
                if (!evidence.usable(doc, a)) {
                    v.add(at + (doc.toString().equals(in.documentId) ? ".documentId" : ".evidenceDocumentIds"), AssessmentErrorCode.DOCUMENT_NOT_FOUND,
                            "document " + doc + " does not exist or you may not use it");
                }
            }
            valid.add(toEntity(a, in));
        }
        v.throwIfAny();
        for (AssessmentAnswer answer : valid) {
            em.merge(answer);
        }
        if (a.status == AssessmentStatus.REQUESTED && a.assessmentBodyId != null) {
            a.status = AssessmentStatus.IN_PROGRESS;
        }
        return a;
    }

    public Finding raiseFinding(UUID assessmentId, Severity severity, String title, String description,
                                List<String> indicatorCodes, List<String> evidenceIds) {
        Assessment a = access.forAssessorWork(assessmentId);
        Validation v = new Validation();
        v.required("input.severity", severity);
        if (v.required("input.title", title)) v.maxLength("input.title", title, 300);
        if (v.required("input.description", description)) v.maxLength("input.description", description, MAX_TEXT);
        Map<String, Criteria.Item> applicable = applicable(a);
        if (indicatorCodes == null || indicatorCodes.isEmpty()) {
            v.add("input.indicatorCodes", AssessmentErrorCode.REQUIRED, "a finding concerns at least one indicator");
        } else {
            for (int i = 0; i < indicatorCodes.size(); i++) {
                if (!applicable.containsKey(indicatorCodes.get(i))) {
                    v.add("input.indicatorCodes." + i, AssessmentErrorCode.UNKNOWN_INDICATOR, indicatorCodes.get(i) + " is not an indicator of this assessment");
                }
            }
        }
        List<UUID> docs = new ArrayList<>();
        if (evidenceIds != null) {
            for (int i = 0; i < evidenceIds.size(); i++) {
                try {
                    UUID d = UUID.fromString(evidenceIds.get(i));
                    if (!evidence.usable(d, a)) v.add("input.evidenceDocumentIds." + i, AssessmentErrorCode.DOCUMENT_NOT_FOUND, "no such document you may use");
                    docs.add(d);
                } catch (IllegalArgumentException e) {
                    v.add("input.evidenceDocumentIds." + i, AssessmentErrorCode.INVALID_ID, "not a document id");
                }
            }
        }
        v.throwIfAny();
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.assessmentId = a.id;
        f.severity = severity;
        f.title = title.strip();
        f.description = description.strip();
        f.indicatorCodes = indicatorCodes.stream().distinct().toArray(String[]::new);
        f.evidenceIds = docs.toArray(UUID[]::new);
        f.raisedBy = caller.subject();
        f.raisedAt = clock.now();
        em.persist(f);
        return f;
    }

    /** Refuses unless every applicable essential indicator is answered (or not applicable with a justification), listing all missing. */
    public Assessment submit(UUID assessmentId) {
        Assessment a = access.forSubmitting(assessmentId);
        Map<String, Criteria.Item> applicable = applicable(a);
        Set<String> answered = answers(a.id).stream()
                .filter(x -> !x.notApplicable || (x.justification != null && !x.justification.isBlank()))
                .map(x -> x.key.indicatorCode).collect(Collectors.toSet());
        List<org.assay.platform.UserError> missing = applicable.values().stream()
                .filter(i -> i.classification() == org.assay.framework.Classification.ESSENTIAL && !answered.contains(i.code()))
                .map(i -> org.assay.platform.UserError.of("answers." + i.code(), AssessmentErrorCode.ESSENTIAL_UNANSWERED,
                        "essential indicator " + i.code() + " (" + i.titleEn() + ") is not answered"))
                .toList();
        if (!missing.isEmpty()) {
            throw new UserInputException(missing);
        }
        a.status = AssessmentStatus.SUBMITTED;
        a.submittedAt = clock.now();
        return a;
    }

    public List<AssessmentAnswer> answers(UUID assessmentId) {
        return em.createQuery("from AssessmentAnswer x where x.key.assessmentId = :a order by x.key.indicatorCode", AssessmentAnswer.class)
                .setParameter("a", assessmentId).getResultList();
    }

    public List<Finding> findings(UUID assessmentId) {
        return em.createQuery("from Finding f where f.assessmentId = :a order by f.raisedAt, f.id", Finding.class)
                .setParameter("a", assessmentId).getResultList();
    }

    public List<Finding> findings(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) return List.of();
        return em.createQuery("from Finding f where f.assessmentId in :a order by f.raisedAt, f.id", Finding.class)
                .setParameter("a", assessmentIds).getResultList();
    }

    /** The applicable indicators of an assessment, by code. */
    public Map<String, Criteria.Item> applicable(Assessment a) {
        Applicability.Scope scope = scopes.scopeOf(a);
        return criteria.of(a.versionId).applicable(scope).stream()
                .collect(Collectors.toMap(Criteria.Item::code, i -> i, (x, y) -> x, java.util.LinkedHashMap::new));
    }

    private AssessmentAnswer toEntity(Assessment a, AnswerInput in) {
        AssessmentAnswer x = new AssessmentAnswer();
        x.key = new AssessmentAnswer.Key(a.id, in.indicatorCode);
        boolean na = Boolean.TRUE.equals(in.notApplicable);
        x.notApplicable = na;
        x.justification = blankToNull(in.justification);
        x.yes = na ? null : in.yes;
        x.maturity = na || in.maturity == null ? null : in.maturity.shortValue();
        x.numberValue = na ? null : in.number;
        x.textValue = na ? null : blankToNull(in.text);
        x.documentId = na || in.documentId == null ? null : UUID.fromString(in.documentId);
        x.comment = blankToNull(in.comment);
        x.evidenceIds = in.evidenceDocumentIds == null ? new UUID[0] : in.evidenceDocumentIds.stream().map(UUID::fromString).distinct().toArray(UUID[]::new);
        x.source = caller.is(Role.SUPPLIER) ? AnswerSource.SUPPLIER : AnswerSource.ASSESSOR;
        x.answeredBy = caller.subject();
        x.answeredAt = clock.now();
        return x;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
