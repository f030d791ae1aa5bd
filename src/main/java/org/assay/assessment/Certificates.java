package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.CertificationEquivalence;
import org.assay.framework.CertificationScheme;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Certificates suppliers hold, and certificate recognition: once the assigned assessor verifies a valid
 * certificate, its scheme's equivalences answer the mapped indicators of the assessment.
 */
@ApplicationScoped
public class Certificates {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AssessmentAccess access;

    @Inject
    Answering answering;

    public record NewCertificate(String schemeCode, String number, String issuer, LocalDate validFrom, LocalDate validUntil, UUID documentId) {
    }

    public Certificate record(NewCertificate in) {
        UUID supplier = caller.organisationId();
        Validation v = new Validation();
        CertificationScheme scheme = in.schemeCode() == null ? null : em.find(CertificationScheme.class, in.schemeCode());
        if (v.required("input.schemeCode", in.schemeCode()) && (scheme == null || !scheme.active)) {
            v.add("input.schemeCode", AssessmentErrorCode.UNKNOWN_SCHEME, "not a recognised certificate scheme: " + in.schemeCode());
        }
        if (v.required("input.number", in.number())) v.maxLength("input.number", in.number(), 100);
        if (v.required("input.issuer", in.issuer())) v.maxLength("input.issuer", in.issuer(), 200);
        v.required("input.validFrom", in.validFrom());
        if (v.required("input.validUntil", in.validUntil()) && in.validFrom() != null && !in.validUntil().isAfter(in.validFrom())) {
            v.add("input.validUntil", AssessmentErrorCode.INVALID_PERIOD, "validUntil must be after validFrom");
        }
        if (in.documentId() != null) {
            Number n = (Number) em.createNativeQuery("select count(*) from document where id = ?1 and uploader_organisation_id = ?2")
                    .setParameter(1, in.documentId()).setParameter(2, supplier).getSingleResult();
            if (n.intValue() == 0) v.add("input.documentId", AssessmentErrorCode.DOCUMENT_NOT_FOUND, "upload the certificate document first");
        }
        if (v.ok() && ((Number) em.createQuery("select count(c) from Certificate c where c.supplierId = :s and c.schemeCode = :k and c.number = :n")
                .setParameter("s", supplier).setParameter("k", in.schemeCode()).setParameter("n", in.number().strip()).getSingleResult()).intValue() > 0) {
            v.add("input.number", AssessmentErrorCode.DUPLICATE, "this certificate is already recorded");
        }
        v.throwIfAny();
        Certificate c = new Certificate();
        c.id = UUID.randomUUID();
        c.supplierId = supplier;
        c.schemeCode = in.schemeCode();
        c.number = in.number().strip();
        c.issuer = in.issuer().strip();
        c.validFrom = in.validFrom();
        c.validUntil = in.validUntil();
        c.documentId = in.documentId();
        c.status = CertificateStatus.RECORDED;
        c.createdAt = clock.now();
        em.persist(c);
        return c;
    }

    /** The assigned assessor verifies (or rejects) a certificate for a certificate-recognition assessment. */
    public Assessment verify(UUID assessmentId, UUID certificateId, boolean accept) {
        Assessment a = access.forAssessorWork(assessmentId);
        if (a.method != AssessmentMethod.CERTIFICATE_RECOGNITION) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.WRONG_METHOD, "certificates are verified in a CERTIFICATE_RECOGNITION assessment");
        }
        AssessmentAccess.requireStatus(a, AssessmentStatus.IN_PROGRESS);
        Certificate c = certificateId == null ? null : em.find(Certificate.class, certificateId);
        if (c == null || !c.supplierId.equals(a.supplierId)) {
            throw new UserInputException("input.certificateId", AssessmentErrorCode.NOT_FOUND, "the supplier has no such certificate");
        }
        if (!accept) {
            c.status = CertificateStatus.REJECTED;
            c.verifiedBy = caller.organisationId();
            c.verifiedAt = clock.now();
            return a;
        }
        LocalDate today = clock.today();
        if (c.validUntil.isBefore(today) || c.validFrom.isAfter(today)) {
            throw new UserInputException("input.certificateId", AssessmentErrorCode.CERTIFICATE_NOT_VALID, "the certificate is not valid today (" + c.validFrom + " – " + c.validUntil + ")");
        }
        c.status = CertificateStatus.VERIFIED;
        c.verifiedBy = caller.organisationId();
        c.verifiedAt = clock.now();
        a.certificateId = c.id;
        Map<String, Criteria.Item> applicable = answering.applicable(a);
        List<CertificationEquivalence> mapped = em.createQuery(
                        "from CertificationEquivalence e where e.key.versionId = :v and e.key.schemeCode = :s", CertificationEquivalence.class)
                .setParameter("v", a.versionId).setParameter("s", c.schemeCode).getResultList();
        for (CertificationEquivalence e : mapped) {
            if (!applicable.containsKey(e.key.indicatorCode)) {
                continue;
            }
            AssessmentAnswer x = new AssessmentAnswer();
            x.key = new AssessmentAnswer.Key(a.id, e.key.indicatorCode);
            x.yes = e.impliedYes;
            x.maturity = e.impliedMaturity;
            x.comment = "Answered by verified " + c.schemeCode + " certificate " + c.number + " (valid until " + c.validUntil + ")";
            x.source = AnswerSource.CERTIFICATE;
            x.answeredBy = caller.subject();
            x.answeredAt = clock.now();
            if (c.documentId != null) {
                x.evidenceIds = new UUID[]{c.documentId};
            }
            em.merge(x);
        }
        return a;
    }

    public List<Certificate> ofSupplier(UUID supplierId) {
        return em.createQuery("from Certificate c where c.supplierId = :s order by c.validUntil desc, c.id", Certificate.class)
                .setParameter("s", supplierId).getResultList();
    }
}
