package org.assay.accreditation;

import org.assay.framework.AssessmentMethod;
import org.assay.supplier.Mineral;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assay.framework.AssessmentMethod.DESK_REVIEW;
import static org.assay.framework.AssessmentMethod.ON_SITE_AUDIT;
import static org.assay.supplier.Mineral.COBALT;
import static org.assay.supplier.Mineral.COPPER;
import static org.assay.supplier.Mineral.LITHIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scope matching of accreditations, as plain code. */
class AccreditationScopeTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

    static AccreditationScope scope(Set<AssessmentMethod> methods, Set<Mineral> minerals, Set<String> countries) {
        return new AccreditationScope(methods, minerals, countries, FROM, UNTIL, false);
    }

    final AccreditationScope audits = scope(EnumSet.of(ON_SITE_AUDIT, DESK_REVIEW), EnumSet.of(COBALT, COPPER), Set.of("CD", "ZM"));

    @Test
    void coversWhenMethodMineralsCountryAndDateMatch() {
        LocalDate mid = LocalDate.of(2026, 6, 1);
        assertTrue(audits.covers(ON_SITE_AUDIT, EnumSet.of(COBALT), "CD", mid));
        assertTrue(audits.covers(DESK_REVIEW, EnumSet.of(COBALT, COPPER), "zm", mid), "country case does not matter");
        assertTrue(audits.covers(ON_SITE_AUDIT, Set.of(), "CD", mid), "no minerals assessed: nothing to cover");
    }

    @Test
    void validityIsInclusiveAtBothEnds() {
        assertTrue(audits.covers(ON_SITE_AUDIT, Set.of(COBALT), "CD", FROM));
        assertTrue(audits.covers(ON_SITE_AUDIT, Set.of(COBALT), "CD", UNTIL));
        assertEquals(List.of(AccreditationScope.Gap.NOT_YET_VALID), audits.gaps(ON_SITE_AUDIT, Set.of(COBALT), "CD", FROM.minusDays(1)));
        assertEquals(List.of(AccreditationScope.Gap.EXPIRED), audits.gaps(ON_SITE_AUDIT, Set.of(COBALT), "CD", UNTIL.plusDays(1)));
    }

    @Test
    void eachPartThatFailsIsNamed() {
        LocalDate mid = LocalDate.of(2026, 6, 1);
        assertEquals(List.of(AccreditationScope.Gap.METHOD), audits.gaps(AssessmentMethod.CERTIFICATE_RECOGNITION, Set.of(COBALT), "CD", mid));
        assertEquals(List.of(AccreditationScope.Gap.MINERALS), audits.gaps(ON_SITE_AUDIT, EnumSet.of(COBALT, LITHIUM), "CD", mid));
        assertEquals(EnumSet.of(LITHIUM), audits.missingMinerals(EnumSet.of(COBALT, LITHIUM)));
        assertEquals(List.of(AccreditationScope.Gap.COUNTRY), audits.gaps(ON_SITE_AUDIT, Set.of(COBALT), "CL", mid));
        assertEquals(List.of(AccreditationScope.Gap.COUNTRY), audits.gaps(ON_SITE_AUDIT, Set.of(COBALT), null, mid));
        AccreditationScope withdrawn = new AccreditationScope(EnumSet.of(ON_SITE_AUDIT), Set.of(), Set.of(), FROM, UNTIL, true);
        assertEquals(List.of(AccreditationScope.Gap.WITHDRAWN), withdrawn.gaps(ON_SITE_AUDIT, Set.of(COBALT), "CD", mid));
        assertEquals(List.of(AccreditationScope.Gap.EXPIRED, AccreditationScope.Gap.METHOD, AccreditationScope.Gap.MINERALS, AccreditationScope.Gap.COUNTRY),
                audits.gaps(AssessmentMethod.SELF_ASSESSMENT, Set.of(LITHIUM), "CL", UNTIL.plusDays(1)));
    }

    @Test
    void emptyMineralsOrCountriesMeanAny() {
        AccreditationScope any = scope(EnumSet.of(DESK_REVIEW), Set.of(), Set.of());
        assertTrue(any.covers(DESK_REVIEW, EnumSet.allOf(Mineral.class), "CL", LocalDate.of(2026, 3, 3)));
        assertTrue(any.covers(DESK_REVIEW, Set.of(LITHIUM), null, LocalDate.of(2026, 3, 3)));
        assertFalse(any.covers(ON_SITE_AUDIT, Set.of(LITHIUM), "CL", LocalDate.of(2026, 3, 3)));
    }

    @Test
    void statusOnADay() {
        assertEquals(AccreditationStatus.NOT_YET_VALID, audits.status(FROM.minusDays(1)));
        assertEquals(AccreditationStatus.ACTIVE, audits.status(FROM));
        assertEquals(AccreditationStatus.EXPIRED, audits.status(UNTIL.plusDays(1)));
        assertEquals(AccreditationStatus.WITHDRAWN, new AccreditationScope(Set.of(DESK_REVIEW), Set.of(), Set.of(), FROM, UNTIL, true).status(FROM));
    }

    @Test
    void scopesAreNotCombinedAndTheExplanationNamesTheClosestOnesGaps() {
        LocalDate mid = LocalDate.of(2026, 6, 1);
        AccreditationScope cobaltOnly = scope(EnumSet.of(ON_SITE_AUDIT), EnumSet.of(COBALT), Set.of());
        AccreditationScope lithiumOnly = scope(EnumSet.of(ON_SITE_AUDIT), EnumSet.of(LITHIUM), Set.of());
        Optional<String> why = AccreditationScope.whyNotCovered(List.of(cobaltOnly, lithiumOnly), ON_SITE_AUDIT,
                EnumSet.of(COBALT, LITHIUM), "CD", mid);
        assertTrue(why.isPresent(), "two partial scopes do not add up to one covering scope");
        assertTrue(why.get().contains("does not cover LITHIUM") || why.get().contains("does not cover COBALT"), why.get());

        assertEquals(Optional.empty(), AccreditationScope.whyNotCovered(List.of(lithiumOnly, cobaltOnly), ON_SITE_AUDIT,
                EnumSet.of(COBALT), "CD", mid));
        assertEquals(Optional.of("the body holds no accreditation"),
                AccreditationScope.whyNotCovered(List.of(), ON_SITE_AUDIT, Set.of(), "CD", mid));

        String country = AccreditationScope.whyNotCovered(List.of(audits), ON_SITE_AUDIT, Set.of(COBALT), "CL", mid).orElseThrow();
        assertTrue(country.contains("does not cover the country CL (it covers CD, ZM)") || country.contains("(it covers ZM, CD)"), country);
        String method = AccreditationScope.whyNotCovered(List.of(audits), AssessmentMethod.CERTIFICATE_RECOGNITION, Set.of(COBALT), "CD", mid).orElseThrow();
        assertTrue(method.contains("does not cover the method CERTIFICATE_RECOGNITION"), method);
        String expired = AccreditationScope.whyNotCovered(List.of(audits), ON_SITE_AUDIT, Set.of(COBALT), "CD", UNTIL.plusDays(3)).orElseThrow();
        assertTrue(expired.contains("expired after 2026-12-31"), expired);
    }
}
