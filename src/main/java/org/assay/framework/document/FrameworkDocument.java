package org.assay.framework.document;

import org.assay.assessment.scoring.ScoringRules;

import java.math.BigDecimal;
import java.util.List;
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

    public record Theme(String code, BigDecimal weight, String titleEn, String titleZh, List<Topic> topics) {
        public Theme {
            topics = List.copyOf(topics);
        }
    }

    public record Topic(String code, String titleEn, String titleZh, List<Aspect> aspects) {
        public Topic {
            aspects = List.copyOf(aspects);
        }
    }

    public record Aspect(String code, String titleEn, String titleZh, List<IndicatorSpec> indicators) {
        public Aspect {
            indicators = List.copyOf(indicators);
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
