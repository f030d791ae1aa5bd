package org.assay.framework.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;

/** Writes a {@link FrameworkDocument} in the import format (what {@link FrameworkDocumentReader} reads back). */
public final class FrameworkDocumentWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FrameworkDocumentWriter() {
    }

    public static String write(FrameworkDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", doc.name());
        root.put("version", doc.version());
        if (doc.scoringRules() != null) {
            root.set("scoringRules", ScoringRulesJson.toNode(doc.scoringRules()));
        }
        ArrayNode themes = root.putArray("themes");
        for (FrameworkDocument.Theme t : doc.themes()) {
            ObjectNode theme = themes.addObject();
            theme.put("code", t.code());
            theme.put("weight", ScoringRulesJson.plain(t.weight()));
            text(theme, "title", t.titleEn(), t.titleZh(), t.titles());
            ArrayNode topics = theme.putArray("topics");
            for (FrameworkDocument.Topic tp : t.topics()) {
                ObjectNode topic = topics.addObject();
                topic.put("code", tp.code());
                text(topic, "title", tp.titleEn(), tp.titleZh(), tp.titles());
                ArrayNode aspects = topic.putArray("aspects");
                for (FrameworkDocument.Aspect a : tp.aspects()) {
                    ObjectNode aspect = aspects.addObject();
                    aspect.put("code", a.code());
                    text(aspect, "title", a.titleEn(), a.titleZh(), a.titles());
                    ArrayNode indicators = aspect.putArray("indicators");
                    for (IndicatorSpec i : a.indicators()) {
                        indicators.add(indicator(i));
                    }
                }
            }
        }
        ArrayNode equivalences = root.putArray("equivalences");
        for (FrameworkDocument.Equivalence e : doc.equivalences()) {
            ObjectNode eq = equivalences.addObject();
            eq.put("scheme", e.scheme());
            eq.put("indicator", e.indicator());
            ObjectNode implied = eq.putObject("impliedAnswer");
            if (e.impliedYes() != null) {
                implied.put("yes", e.impliedYes());
            } else {
                implied.put("maturity", e.impliedMaturity());
            }
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One indicator object, in the key order of the starter document. */
    public static ObjectNode indicator(IndicatorSpec i) {
        ObjectNode n = JSON.createObjectNode();
        if (i.code() != null) n.put("code", i.code());
        text(n, "title", i.titleEn(), i.titleZh(), i.translations().titles());
        text(n, "guidance", i.guidanceEn(), i.guidanceZh(), i.translations().guidance());
        if (i.answerType() != null) n.put("answerType", i.answerType().name());
        if (i.unit() != null) n.put("unit", i.unit());
        if (i.thresholds() != null) {
            ObjectNode th = n.putObject("thresholds");
            th.put("direction", i.thresholds().direction().name());
            ArrayNode values = th.putArray("values");
            i.thresholds().values().forEach(x -> values.add(ScoringRulesJson.plain(x)));
        }
        if (i.classification() != null) n.put("classification", i.classification().name());
        if (i.weight() != null) n.put("weight", ScoringRulesJson.plain(i.weight()));
        n.put("riskType", i.riskType());
        ObjectNode app = n.putObject("applicability");
        ArrayNode stages = app.putArray("stages");
        i.stages().stream().map(SupplyChainStage::name).forEach(stages::add);
        ArrayNode minerals = app.putArray("minerals");
        i.minerals().stream().map(Mineral::name).forEach(minerals::add);
        app.put("cahraOnly", i.cahraOnly());
        ArrayNode refs = n.putArray("references");
        for (IndicatorSpec.Reference r : i.references()) {
            ObjectNode ref = refs.addObject();
            ref.put("standard", r.standard().name());
            ref.put("clause", r.clause());
        }
        return n;
    }

    private static void text(ObjectNode parent, String key, String en, String zh, java.util.Map<org.assay.framework.Language, String> more) {
        if (en == null && zh == null && more.isEmpty()) {
            return;
        }
        ObjectNode t = parent.putObject(key);
        if (en != null) t.put("en", en);
        if (zh != null) t.put("zh", zh);
        for (org.assay.framework.Language l : org.assay.framework.Language.ADDED) {
            if (more.get(l) != null) t.put(l.key(), more.get(l));
        }
    }

    static BigDecimal plain(BigDecimal d) {
        return ScoringRulesJson.plain(d);
    }
}
