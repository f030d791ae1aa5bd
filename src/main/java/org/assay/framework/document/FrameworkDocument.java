package org.assay.framework.document;

import org.assay.framework.scoring.ScoringRules;
import org.assay.framework.Language;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole framework version in the import/export format (see {@code framework/starter-framework-1.0.json} and
 * docs/api/framework.md): header, four-tier tree, scoring rules and certificate equivalences.
 */
public record FrameworkDocument(String name, String version, ScoringRules scoringRules, List<Theme> themes,
                                List<Equivalence> equivalences) {

    public FrameworkDocument {
        themes = List.copyOf(themes);
        equivalences = equivalences == null ? List.of() : List.copyOf(equivalences);
    }

    /** {@code titles}: the title in the languages beyond English and Chinese ({@link Language#ADDED}). */
    public record Theme(String code, BigDecimal weight, String titleEn, String titleZh, List<Topic> topics, Map<Language, String> titles) {
        public Theme {
            topics = List.copyOf(topics);
            titles = Translations.clean(titles);
        }

        public Theme(String code, BigDecimal weight, String titleEn, String titleZh, List<Topic> topics) {
            this(code, weight, titleEn, titleZh, topics, Map.of());
        }

        public String title(Language lang) {
            return lang == Language.EN ? titleEn : lang == Language.ZH ? titleZh : titles.get(lang);
        }
    }

    /** {@code titles}: the title in the languages beyond English and Chinese ({@link Language#ADDED}). */
    public record Topic(String code, String titleEn, String titleZh, List<Aspect> aspects, Map<Language, String> titles) {
        public Topic {
            aspects = List.copyOf(aspects);
            titles = Translations.clean(titles);
        }

        public Topic(String code, String titleEn, String titleZh, List<Aspect> aspects) {
            this(code, titleEn, titleZh, aspects, Map.of());
        }

        public String title(Language lang) {
            return lang == Language.EN ? titleEn : lang == Language.ZH ? titleZh : titles.get(lang);
        }
    }

    /** {@code titles}: the title in the languages beyond English and Chinese ({@link Language#ADDED}). */
    public record Aspect(String code, String titleEn, String titleZh, List<IndicatorSpec> indicators, Map<Language, String> titles) {
        public Aspect {
            indicators = List.copyOf(indicators);
            titles = Translations.clean(titles);
        }

        public Aspect(String code, String titleEn, String titleZh, List<IndicatorSpec> indicators) {
            this(code, titleEn, titleZh, indicators, Map.of());
        }

        public String title(Language lang) {
            return lang == Language.EN ? titleEn : lang == Language.ZH ? titleZh : titles.get(lang);
        }
    }

    /** A scheme's verified certificate answers this indicator: {@code impliedYes} for YES_NO, {@code impliedMaturity} for MATURITY. */
    public record Equivalence(String scheme, String indicator, Boolean impliedYes, Integer impliedMaturity) {
    }

    /** An indicator with the codes of its ancestors. */
    public record Located(String themeCode, String topicCode, String aspectCode, IndicatorSpec indicator) {
    }

    public Stream<Located> indicators() {
        return themes.stream().flatMap(t -> t.topics().stream().flatMap(tp -> tp.aspects().stream()
                .flatMap(a -> a.indicators().stream().map(i -> new Located(t.code(), tp.code(), a.code(), i)))));
    }
}
