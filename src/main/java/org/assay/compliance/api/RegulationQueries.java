package org.assay.compliance.api;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentAnswer;
import org.assay.compliance.Regulation;
import org.assay.compliance.RegulationCoverage;
import org.assay.framework.Language;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.assay.sharing.AccessLevel;
import org.assay.sharing.SharedResults;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.UUID;

/** The compliance team's question, per regulation item, under the caller's sharing level. */
@GraphQLApi
@Transactional
public class RegulationQueries {

    @Inject
    EntityManager em;

    @Inject
    SharedResults results;

    @Inject
    RegulationCoverage coverage;

    @Query
    @Allow({Role.MEMBER, Role.OPERATOR, Role.SUPPLIER, Role.ASSESSOR})
    @Description("For this supplier, which obligations of the regulation its latest published assessment covers, with what "
            + "answers, and which are not covered: per item, covered by indicators (with scores), covered only partially, not "
            + "covered, or not applicable to its scope. Needs at least SUMMARY sharing (answers and scores need FULL); "
            + "`forbidden` otherwise. The read is recorded for the supplier like any read of shared results.")
    public RegulationCoverageView regulationCoverage(
            @NonNull @Id @Description("Supplier organisation id.") String supplierId,
            @NonNull @Description("The regulation.") Regulation regulation,
            @DefaultValue("EN") @Description("Language of the indicator titles (English where a translation is missing).") Language lang) {
        UUID id = Ids.parse("supplierId", supplierId);
        Organisation s = em.find(Organisation.class, id);
        if (s == null || s.kind != OrganisationKind.SUPPLIER) {
            throw new NotFoundException("Supplier");
        }
        AccessLevel access = results.levelFor(id);
        if (!access.covers(SharingLevel.SUMMARY)) {
            throw new ForbiddenException("the supplier does not share its results with you");
        }
        boolean full = access.covers(SharingLevel.FULL);
        Assessment a = results.current(id);
        if (a != null) {
            results.recordRead(id, a.id, full ? SharingLevel.FULL : SharingLevel.SUMMARY);
        }
        RegulationCoverage.Result r = coverage.of(regulation, a);
        return new RegulationCoverageView(regulation, r.regulation().title(), r.regulation().note(), access,
                a == null ? null : a.publishedAt, r.version() == null ? null : r.version().label(),
                r.items().stream().map(item -> new RegulationItemCoverageView(item.item().clause(), item.item().relevantToMining(),
                        item.status(), item.indicators().stream().map(c -> indicator(c, lang, full)).toList())).toList());
    }

    static CoveringIndicatorView indicator(RegulationCoverage.Covering c, Language lang, boolean full) {
        String title = Language.orEnglish(switch (lang) {
            case EN -> c.indicator().titleEn;
            case ZH -> c.indicator().titleZh;
            case FR -> c.indicator().titleFr;
            case ES -> c.indicator().titleEs;
            case PT -> c.indicator().titlePt;
            case ID -> c.indicator().titleId;
        }, c.indicator().titleEn);
        return new CoveringIndicatorView(c.indicator().code, title, c.indicator().classification, c.applicable(),
                full ? c.answered() : null, full ? answer(c) : null, full && c.score() != null ? c.score().score() : null);
    }

    static String answer(RegulationCoverage.Covering c) {
        AssessmentAnswer x = c.answer();
        if (x == null) return null;
        if (x.notApplicable) return "NOT_APPLICABLE";
        if (x.yes != null) return x.yes ? "YES" : "NO";
        if (x.maturity != null) return "MATURITY " + x.maturity;
        if (x.numberValue != null) return x.numberValue.stripTrailingZeros().toPlainString() + (c.indicator().unit == null ? "" : " " + c.indicator().unit);
        if (x.textValue != null) return "TEXT";
        if (x.documentId != null) return "DOCUMENT";
        return null;
    }
}
