package org.assay.framework.api;

import org.assay.framework.CertificationEquivalence;
import org.assay.framework.CertificationScheme;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CertificationEquivalence")
@Description("A verified, unexpired certificate of `schemeCode` answers indicator `indicatorCode` without a new audit.")
public record EquivalenceView(
        @NonNull @Description("The scheme.") String schemeCode,
        @Description("The scheme's name.") String schemeName,
        @Description("Whether the scheme is currently recognised.") boolean schemeActive,
        @NonNull @Description("The indicator answered.") String indicatorCode,
        @Description("Implied answer of a YES_NO indicator; null for MATURITY.") Boolean impliedYes,
        @Description("Implied maturity level (0-4) of a MATURITY indicator; null for YES_NO.") Integer impliedMaturity) {
    static EquivalenceView of(CertificationEquivalence e, CertificationScheme s) {
        return new EquivalenceView(e.key.schemeCode, s == null ? null : s.name, s != null && s.active, e.key.indicatorCode,
                e.impliedYes, e.impliedMaturity == null ? null : e.impliedMaturity.intValue());
    }
}
