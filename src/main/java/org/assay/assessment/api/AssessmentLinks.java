package org.assay.assessment.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Certificate;
import org.assay.evidence.api.DocumentReferences;
import org.assay.evidence.api.DocumentView;
import org.assay.framework.api.FrameworkVersionReferences;
import org.assay.framework.api.VersionView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.assay.supplier.api.SiteReferences;
import org.assay.supplier.api.SiteView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The objects assessment's own types name, resolved for a whole list of parents at once: an assessment wherever one is
 * named (through {@link AssessmentReferences}, under assessment's rule), the framework version (framework's loader,
 * under framework's rule), the certificate behind a certificate recognition,
 * and the site assessed or requested (supplier's loader, {@link SiteReferences}: active sites, coordinates as supplier's rule shows them).
 */
@GraphQLApi
@Transactional
public class AssessmentLinks {

    @Inject EntityManager em;
    @Inject AssessmentReferences assessments;
    @Inject SiteReferences sites;
    @Inject FrameworkVersionReferences versions;
    @Inject DocumentReferences documents;

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The framework version the assessment uses (its `number`, e.g. `1.0`); null where framework's rule hides it from you "
            + "(a draft version, to suppliers and assessors), as for an unknown id.")
    public List<VersionView> version(@Source List<AssessmentView> parents) {
        return versions.resolve(parents, AssessmentView::frameworkVersionKey);
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The published assessment this one corrects, if any.")
    public List<AssessmentView> supersedes(@Source List<AssessmentView> parents) {
        return assessments.resolve(parents, AssessmentView::supersedesKey);
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The verified certificate behind a certificate recognition; null for other methods.")
    public List<CertificateView> certificate(@Source List<AssessmentView> parents) {
        Set<UUID> ids = parents.stream().map(AssessmentView::certificateKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, CertificateView> views = ids.isEmpty() ? Map.of() : em.createQuery("from Certificate c where c.id in :ids", Certificate.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(c -> c.id, CertificateView::of));
        return parents.stream().map(p -> p.certificateKey() == null ? null : views.get(p.certificateKey())).toList();
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The document of a DOCUMENT answer; null for other answers, and where evidence's read rule hides it from you, "
            + "exactly as for an unknown document.")
    public List<DocumentView> document(@Source List<AnswerView> answers) {
        return documents.resolve(answers, AnswerView::documentKey);
    }

    @NonNull
    @Name("evidence")
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The supporting documents, in the order cited; those evidence's read rule hides from you are left out, exactly "
            + "like unknown ones.")
    public List<@NonNull List<@NonNull DocumentView>> evidenceOfAnswer(@Source List<AnswerView> answers) {
        return documents.resolveEach(answers, AnswerView::evidenceDocumentIds);
    }

    @NonNull
    @Name("evidence")
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The supporting documents, in the order cited; those evidence's read rule hides from you are left out, exactly "
            + "like unknown ones.")
    public List<@NonNull List<@NonNull DocumentView>> evidenceOfFinding(@Source List<FindingView> findings) {
        return documents.resolveEach(findings, FindingView::evidenceDocumentIds);
    }

    @Name("document")
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The certificate document; null when none was uploaded, and where evidence's read rule hides it from you, "
            + "exactly as for an unknown document.")
    public List<DocumentView> documentOfCertificate(@Source List<CertificateView> certificates) {
        return documents.resolve(certificates, CertificateView::documentKey);
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Description("The site assessed; null for the whole supplier (and once the site is removed). Coordinates as `Site` shows them to you.")
    public List<SiteView> site(@Source List<AssessmentView> parents) {
        return sites.resolve(parents, AssessmentView::supplierKey, AssessmentView::siteKey);
    }

    @Name("site")
    @Allow(Role.MEMBER)
    @Description("The site to assess; null for the whole supplier (and once the supplier removed the site). Coordinates as `Site` "
            + "shows them to you: a member sees every field of the site but its coordinates.")
    public List<SiteView> siteOfRequest(@Source List<AssessmentRequestView> requests) {
        return sites.resolve(requests, AssessmentRequestView::supplierKey, AssessmentRequestView::siteKey);
    }

    @NonNull
    @Name("assessment")
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("The assessment it was raised in.")
    public List<@NonNull AssessmentView> assessmentOfFinding(@Source List<FindingView> findings) {
        return assessments.resolve(findings, FindingView::assessmentKey);
    }

    @NonNull
    @Name("assessment")
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("The assessment.")
    public List<@NonNull AssessmentView> assessmentOfBreakdown(@Source List<BreakdownView> breakdowns) {
        return assessments.resolve(breakdowns, BreakdownView::assessmentKey);
    }

    @Name("assessment")
    @Allow({Role.SUPPLIER, Role.MEMBER, Role.OPERATOR})
    @Description("The latest published assessment behind the status, as far as you may see it (for a member: while the supplier shares with it).")
    public List<AssessmentView> assessmentOfStatus(@Source List<SupplierStatusView> statuses) {
        return assessments.resolve(statuses, SupplierStatusView::assessmentKey);
    }

    @Name("assessment")
    @Allow(Role.MEMBER)
    @Description("The assessment that answers the request, as far as you may see it: once it is the supplier's newest published assessment "
            + "and the supplier shares its results with you; null before (use `assessmentMethod` and `assessmentStatus`).")
    public List<AssessmentView> assessmentOfRequest(@Source List<AssessmentRequestView> requests) {
        return assessments.resolve(requests, AssessmentRequestView::assessmentKey);
    }
}
