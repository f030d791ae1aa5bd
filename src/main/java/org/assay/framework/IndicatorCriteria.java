package org.assay.framework;

import org.assay.framework.document.IndicatorSpec;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.util.Collection;
import java.util.Set;

/**
 * Which indicators to show; every criterion is optional and they combine with AND. Applicability follows the domain:
 * an indicator applies to a stage when its stage list is empty (all stages) or contains it, to a site handling some
 * minerals when its mineral list is empty or contains one of them, and a CAHRA-only indicator applies only to sites
 * in a conflict-affected or high-risk area.
 */
public record IndicatorCriteria(String themeCode, Classification classification, SupplyChainStage stage, Set<Mineral> minerals,
                                Boolean inCahra, ExternalStandard standard, AnswerType answerType, Integer riskType) {

    public static final IndicatorCriteria ALL = new IndicatorCriteria(null, null, null, null, null, null, null, null);

    public IndicatorCriteria {
        minerals = minerals == null || minerals.isEmpty() ? null : Set.copyOf(minerals);
    }

    public boolean isEmpty() {
        return this.equals(ALL);
    }

    public boolean matches(String indicatorThemeCode, IndicatorSpec s) {
        return (themeCode == null || themeCode.equals(indicatorThemeCode))
                && (classification == null || classification == s.classification())
                && (answerType == null || answerType == s.answerType())
                && (riskType == null || riskType == s.riskType())
                && (stage == null || appliesToStage(s, stage))
                && (minerals == null || appliesToMinerals(s, minerals))
                && (inCahra == null || appliesToCahra(s, inCahra))
                && (standard == null || s.references().stream().anyMatch(r -> r.standard() == standard));
    }

    /** Empty stage list = every stage. */
    public static boolean appliesToStage(IndicatorSpec s, SupplyChainStage stage) {
        return s.stages().isEmpty() || s.stages().contains(stage);
    }

    /** Empty mineral list = every mineral; otherwise one of the site's minerals must be listed. */
    public static boolean appliesToMinerals(IndicatorSpec s, Collection<Mineral> siteMinerals) {
        return s.minerals().isEmpty() || siteMinerals.stream().anyMatch(s.minerals()::contains);
    }

    /** CAHRA-only indicators apply only to sites in a CAHRA; the others everywhere. */
    public static boolean appliesToCahra(IndicatorSpec s, boolean siteInCahra) {
        return !s.cahraOnly() || siteInCahra;
    }
}
