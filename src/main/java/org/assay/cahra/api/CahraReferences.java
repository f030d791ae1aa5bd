package org.assay.cahra.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentView;
import org.assay.cahra.CahraList;
import org.assay.cahra.CahraLists;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.assay.supplier.api.SiteView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where other features' objects meet the CAHRA lists: a site's derived status ({@code Site.cahra}) and the list version an
 * assessment recorded ({@code Assessment.cahraListVersion}), each resolved for a whole list at once. Both parents are read
 * under their own feature's rule already; the CAHRA lists themselves are reference data.
 */
@GraphQLApi
@Transactional
public class CahraReferences {

    @Inject
    CahraLists lists;

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The site's CAHRA status under the CAHRA list version in force, by its country and region.")
    public List<SiteCahraView> cahra(@Source List<SiteView> sites) {
        Map<UUID, CahraLists.SiteStatus> statuses = lists.siteStatuses(sites.stream().map(s -> UUID.fromString(s.id())).distinct().toList());
        return sites.stream().map(s -> {
            CahraLists.SiteStatus st = statuses.get(UUID.fromString(s.id()));
            return st == null ? null : new SiteCahraView(st.inCahra(), CahraListView.of(st.list()));
        }).toList();
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("The CAHRA list version in force when the assessment was requested: its CAHRA-only indicators apply when what it "
            + "covers was in a CAHRA under that version, whatever later versions say.")
    public List<CahraListView> cahraListVersion(@Source List<AssessmentView> assessments) {
        Map<UUID, CahraList> used = lists.usedBy(assessments.stream().map(a -> a.key()).distinct().toList());
        return assessments.stream().map(a -> {
            CahraList l = used.get(a.key());
            return l == null ? null : CahraListView.of(l);
        }).toList();
    }
}
