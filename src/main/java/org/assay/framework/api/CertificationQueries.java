package org.assay.framework.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assay.framework.CertificationScheme;
import org.assay.framework.CertificationService;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Recognised certificate schemes and, per framework version, their equivalence to indicators. Everyone signed in reads them. */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class CertificationQueries {

    @Inject
    CertificationService service;

    @Query
    @Description("Recognised certificate schemes, by code.")
    public List<CertificationSchemeView> certificationSchemes(
            @DefaultValue("false") @Description("Also list deactivated schemes.") boolean includeInactive) {
        return service.schemes(includeInactive).stream().map(CertificationSchemeView::of).toList();
    }

    @Description("Which indicators of this version a scheme's verified, unexpired certificate answers, and with what answer.")
    public List<EquivalenceView> equivalences(@Source VersionView version,
                                              @Description("Only this scheme (code).") String schemeCode,
                                              @Description("Only this indicator (code).") String indicatorCode) {
        Map<String, CertificationScheme> schemes = service.schemes(true).stream().collect(Collectors.toMap(s -> s.code, Function.identity()));
        return service.equivalences(version.key(), schemeCode, indicatorCode).stream()
                .map(e -> EquivalenceView.of(e, schemes.get(e.key.schemeCode))).toList();
    }
}
