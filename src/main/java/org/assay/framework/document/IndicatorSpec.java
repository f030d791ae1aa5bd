package org.assay.framework.document;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.ThresholdDirection;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything that defines an indicator, independent of storage: the unit of import/export, of "add" proposals,
 * and of the diff between versions. A missing Chinese text is {@code null} (readers fall back to English).
 */
public record IndicatorSpec(String code, String titleEn, String titleZh, String guidanceEn, String guidanceZh,
                            AnswerType answerType, String unit, Thresholds thresholds, Classification classification,
                            BigDecimal weight, int riskType, List<SupplyChainStage> stages, List<Mineral> minerals,
                            boolean cahraOnly, List<Reference> references) {

    public IndicatorSpec {
        stages = stages == null ? List.of() : List.copyOf(stages);
        minerals = minerals == null ? List.of() : List.copyOf(minerals);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** The four scoring thresholds of a NUMBER indicator, strictly ascending. */
    public record Thresholds(ThresholdDirection direction, List<BigDecimal> values) {
        public Thresholds {
            values = List.copyOf(values);
        }
    }

    /** A clause of an external standard the indicator maps to (the crosswalk). */
    public record Reference(ExternalStandard standard, String clause) {
    }

    public boolean essential() {
        return classification == Classification.ESSENTIAL;
    }

    public IndicatorSpec withCode(String newCode) {
        return new IndicatorSpec(newCode, titleEn, titleZh, guidanceEn, guidanceZh, answerType, unit, thresholds,
                classification, weight, riskType, stages, minerals, cahraOnly, references);
    }
}
