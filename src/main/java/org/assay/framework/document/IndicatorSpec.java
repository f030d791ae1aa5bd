package org.assay.framework.document;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.Language;
import org.assay.framework.ThresholdDirection;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything that defines an indicator, independent of storage: the unit of import/export, of "add" proposals,
 * and of the diff between versions. A missing translation is {@code null} or absent (readers fall back to English, per field).
 */
public record IndicatorSpec(String code, String titleEn, String titleZh, String guidanceEn, String guidanceZh,
                            AnswerType answerType, String unit, Thresholds thresholds, Classification classification,
                            BigDecimal weight, int riskType, List<SupplyChainStage> stages, List<Mineral> minerals,
                            boolean cahraOnly, List<Reference> references, Translations translations) {

    public IndicatorSpec {
        stages = stages == null ? List.of() : List.copyOf(stages);
        minerals = minerals == null ? List.of() : List.copyOf(minerals);
        references = references == null ? List.of() : List.copyOf(references);
        translations = translations == null ? Translations.NONE : translations;
    }

    /** Without translations beyond English and Chinese. */
    public IndicatorSpec(String code, String titleEn, String titleZh, String guidanceEn, String guidanceZh,
                         AnswerType answerType, String unit, Thresholds thresholds, Classification classification,
                         BigDecimal weight, int riskType, List<SupplyChainStage> stages, List<Mineral> minerals,
                         boolean cahraOnly, List<Reference> references) {
        this(code, titleEn, titleZh, guidanceEn, guidanceZh, answerType, unit, thresholds, classification, weight, riskType,
                stages, minerals, cahraOnly, references, Translations.NONE);
    }

    /** The title in {@code lang}, or null when it has no translation in that language. */
    public String title(Language lang) {
        return switch (lang) {
            case EN -> titleEn;
            case ZH -> titleZh;
            default -> translations.title(lang);
        };
    }

    /** The guidance in {@code lang}, or null when it has no translation in that language. */
    public String guidance(Language lang) {
        return switch (lang) {
            case EN -> guidanceEn;
            case ZH -> guidanceZh;
            default -> translations.guidance(lang);
        };
    }

    /** Whether {@code lang} lacks the title or the guidance (so English is shown for that field). */
    public boolean fallsBack(Language lang) {
        return lang != Language.EN && (title(lang) == null || guidance(lang) == null);
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
                classification, weight, riskType, stages, minerals, cahraOnly, references, translations);
    }
}
