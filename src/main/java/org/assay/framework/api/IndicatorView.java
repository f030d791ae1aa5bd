package org.assay.framework.api;

import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.FrameworkNode;
import org.assay.framework.FrameworkService;
import org.assay.framework.Indicator;
import org.assay.framework.Language;
import org.assay.framework.document.IndicatorSpec;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An indicator of one framework version as the schema shows it; a Node ({@link IndicatorNodes}). */
@Name("Indicator")
@Description("Tier 4 of the framework: what is asked and scored, as one framework version defines it. Its code is stable across versions; "
        + "its id names this version's definition.")
public record IndicatorView(
        @NonNull @Id @Description("Global id of the indicator as this framework version defines it (each version's indicator has its own id; "
                + "`code` is what stays the same across versions). `node(id:)` fetches it again, under the rule of its version.") String id,
        @NonNull @Description("Stable code, e.g. ENV-WAT-01.") String code,
        @NonNull @Description("Code of its theme.") String themeCode,
        @NonNull @Description("Code of its topic.") String topicCode,
        @NonNull @Description("Code of its aspect.") String aspectCode,
        @NonNull @Description("Title in the requested language (English where the translation is missing).") String title,
        @NonNull @Description("Guidance for answering, in the requested language (English where the translation is missing).") String guidance,
        @Description("True when a language other than English was requested and the title or the guidance has no translation in it, so English is shown for that field.") boolean languageFallback,
        @NonNull @Description("How it is answered.") AnswerType answerType,
        @Description("Unit of a NUMBER indicator, e.g. m3/t; null for other answer types.") String unit,
        @Description("Scoring thresholds of a NUMBER indicator; null for other answer types.") ThresholdsView thresholds,
        @NonNull @Description("ESSENTIAL or OPTIONAL.") Classification classification,
        @NonNull @Description("Weight within its theme.") BigDecimal weight,
        @Description("Risk type: 1 = conflict and serious human-rights abuses (CAHRA), 2 = serious environmental, social and ethical misconduct.") int riskType,
        @NonNull @Description("Where it applies.") ApplicabilityView applicability,
        @NonNull @Description("Clauses of external standards it maps to (the crosswalk).") List<@NonNull ReferenceView> references,
        @Description("Whether answers are scored (false for TEXT and DOCUMENT).") boolean scored) implements Node {

    /** The node type of indicators: their global ids (of the indicator row, unique per version and code), and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("Indicator");

    static IndicatorView of(FrameworkService.Content c, Indicator i, Language lang) {
        IndicatorSpec s = c.spec(i);
        FrameworkNode aspect = c.aspectOf(i);
        FrameworkNode topic = c.topicOf(i);
        return new IndicatorView(TYPE.id(i.id), s.code(), i.themeCode, topic.code, aspect.code, Language.orEnglish(s.title(lang), s.titleEn()),
                Language.orEnglish(s.guidance(lang), s.guidanceEn()), s.fallsBack(lang), s.answerType(), s.unit(),
                s.thresholds() == null ? null : new ThresholdsView(s.thresholds().direction(), s.thresholds().values()),
                s.classification(), s.weight(), s.riskType(), new ApplicabilityView(s.stages(), s.minerals(), s.cahraOnly()),
                s.references().stream().map(r -> new ReferenceView(r.standard(), r.clause())).toList(), s.answerType().scored());
    }
}
