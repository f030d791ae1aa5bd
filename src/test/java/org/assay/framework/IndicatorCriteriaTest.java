package org.assay.framework;

import org.assay.framework.document.IndicatorSpec;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorCriteriaTest {

    static IndicatorSpec spec(List<SupplyChainStage> stages, List<Mineral> minerals, boolean cahraOnly) {
        return new IndicatorSpec("X", "t", null, "g", null, AnswerType.YES_NO, null, null, Classification.OPTIONAL,
                BigDecimal.ONE, 1, stages, minerals, cahraOnly,
                List.of(new IndicatorSpec.Reference(ExternalStandard.IRMA, "Chapter 1")));
    }

    @Test
    void emptyListsApplyEverywhere() {
        IndicatorSpec any = spec(List.of(), List.of(), false);
        assertTrue(IndicatorCriteria.appliesToStage(any, SupplyChainStage.TRADING));
        assertTrue(IndicatorCriteria.appliesToMinerals(any, Set.of(Mineral.GOLD)));
        assertTrue(IndicatorCriteria.appliesToCahra(any, false));
    }

    @Test
    void listedStagesAndMineralsRestrict() {
        IndicatorSpec cobaltMine = spec(List.of(SupplyChainStage.EXTRACTION), List.of(Mineral.COBALT, Mineral.COPPER), false);
        assertTrue(IndicatorCriteria.appliesToStage(cobaltMine, SupplyChainStage.EXTRACTION));
        assertFalse(IndicatorCriteria.appliesToStage(cobaltMine, SupplyChainStage.REFINING));
        assertTrue(IndicatorCriteria.appliesToMinerals(cobaltMine, Set.of(Mineral.NICKEL, Mineral.COPPER)));
        assertFalse(IndicatorCriteria.appliesToMinerals(cobaltMine, Set.of(Mineral.LITHIUM)));
    }

    @Test
    void cahraOnlyAppliesOnlyInCahras() {
        IndicatorSpec cahra = spec(List.of(), List.of(), true);
        assertFalse(IndicatorCriteria.appliesToCahra(cahra, false));
        assertTrue(IndicatorCriteria.appliesToCahra(cahra, true));
        assertFalse(new IndicatorCriteria(null, null, null, null, false, null, null, null).matches("ENV", cahra));
        assertTrue(new IndicatorCriteria(null, null, null, null, null, null, null, null).matches("ENV", cahra));
    }

    @Test
    void criteriaCombineWithAnd() {
        IndicatorSpec s = spec(List.of(SupplyChainStage.REFINING), List.of(), false);
        assertTrue(new IndicatorCriteria("SCM", Classification.OPTIONAL, SupplyChainStage.REFINING, Set.of(Mineral.TIN), false,
                ExternalStandard.IRMA, AnswerType.YES_NO, 1).matches("SCM", s));
        assertFalse(new IndicatorCriteria("ENV", null, null, null, null, null, null, null).matches("SCM", s));
        assertFalse(new IndicatorCriteria(null, null, null, null, null, ExternalStandard.GRI_14, null, null).matches("SCM", s));
        assertFalse(new IndicatorCriteria(null, Classification.ESSENTIAL, null, null, null, null, null, null).matches("SCM", s));
        assertTrue(IndicatorCriteria.ALL.isEmpty());
        assertTrue(new IndicatorCriteria(null, null, null, Set.of(), null, null, null, null).isEmpty());
    }
}
