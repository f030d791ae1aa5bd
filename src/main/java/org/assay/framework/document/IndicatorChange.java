package org.assay.framework.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.framework.Classification;
import org.assay.framework.ThresholdDirection;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a "change" proposal sets on an existing indicator; null means "unchanged". Stored as JSON in the shape
 * of the import document's indicator object (only the changed keys). The answer type and code never change: that is
 * a retirement plus an addition.
 */
public record IndicatorChange(String titleEn, String titleZh, String guidanceEn, String guidanceZh,
                              Classification classification, BigDecimal weight, Integer riskType,
                              List<SupplyChainStage> stages, List<Mineral> minerals, Boolean cahraOnly,
                              List<IndicatorSpec.Reference> references, String unit, IndicatorSpec.Thresholds thresholds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean isEmpty() {
        return fields().isEmpty();
    }

    /** Names (as in the document and the diff) of the fields this change sets. */
    public List<String> fields() {
        List<String> f = new ArrayList<>();
        if (titleEn != null) f.add("title.en");
        if (titleZh != null) f.add("title.zh");
        if (guidanceEn != null) f.add("guidance.en");
        if (guidanceZh != null) f.add("guidance.zh");
        if (unit != null) f.add("unit");
        if (thresholds != null) {
            f.add("thresholds.direction");
            f.add("thresholds.values");
        }
        if (classification != null) f.add("classification");
        if (weight != null) f.add("weight");
        if (riskType != null) f.add("riskType");
        if (stages != null) f.add("applicability.stages");
        if (minerals != null) f.add("applicability.minerals");
        if (cahraOnly != null) f.add("applicability.cahraOnly");
        if (references != null) f.add("references");
        return f;
    }

    /** The indicator with this change applied. */
    public IndicatorSpec applyTo(IndicatorSpec s) {
        return new IndicatorSpec(s.code(), or(titleEn, s.titleEn()), or(titleZh, s.titleZh()), or(guidanceEn, s.guidanceEn()),
                or(guidanceZh, s.guidanceZh()), s.answerType(), or(unit, s.unit()), or(thresholds, s.thresholds()),
                or(classification, s.classification()), or(weight, s.weight()), riskType != null ? riskType : s.riskType(),
                or(stages, s.stages()), or(minerals, s.minerals()), cahraOnly != null ? cahraOnly : s.cahraOnly(),
                or(references, s.references()), s.translations());
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }

    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        if (titleEn != null || titleZh != null) {
            ObjectNode t = n.putObject("title");
            if (titleEn != null) t.put("en", titleEn);
            if (titleZh != null) t.put("zh", titleZh);
        }
        if (guidanceEn != null || guidanceZh != null) {
            ObjectNode t = n.putObject("guidance");
            if (guidanceEn != null) t.put("en", guidanceEn);
            if (guidanceZh != null) t.put("zh", guidanceZh);
        }
        if (unit != null) n.put("unit", unit);
        if (thresholds != null) {
            ObjectNode th = n.putObject("thresholds");
            th.put("direction", thresholds.direction().name());
            ArrayNode values = th.putArray("values");
            thresholds.values().forEach(values::add);
        }
        if (classification != null) n.put("classification", classification.name());
        if (weight != null) n.put("weight", ScoringRulesJson.plain(weight));
        if (riskType != null) n.put("riskType", riskType);
        if (stages != null || minerals != null || cahraOnly != null) {
            ObjectNode app = n.putObject("applicability");
            if (stages != null) stages.forEach(s -> app.withArray("stages").add(s.name()));
            if (stages != null && stages.isEmpty()) app.putArray("stages");
            if (minerals != null) minerals.forEach(m -> app.withArray("minerals").add(m.name()));
            if (minerals != null && minerals.isEmpty()) app.putArray("minerals");
            if (cahraOnly != null) app.put("cahraOnly", cahraOnly);
        }
        if (references != null) {
            ArrayNode refs = n.putArray("references");
            references.forEach(r -> refs.addObject().put("standard", r.standard().name()).put("clause", r.clause()));
        }
        return n.toString();
    }

    public static IndicatorChange fromJson(JsonNode n) {
        JsonNode app = n.path("applicability");
        JsonNode th = n.path("thresholds");
        IndicatorSpec.Thresholds thresholds = null;
        if (th.isObject()) {
            List<BigDecimal> values = new ArrayList<>();
            th.path("values").forEach(x -> values.add(x.decimalValue()));
            thresholds = new IndicatorSpec.Thresholds(ThresholdDirection.valueOf(th.path("direction").asText()), values);
        }
        return new IndicatorChange(IndicatorJson.text(n.path("title"), "en"), IndicatorJson.text(n.path("title"), "zh"),
                IndicatorJson.text(n.path("guidance"), "en"), IndicatorJson.text(n.path("guidance"), "zh"),
                n.hasNonNull("classification") ? Classification.valueOf(n.get("classification").asText()) : null,
                n.hasNonNull("weight") ? n.get("weight").decimalValue() : null,
                n.hasNonNull("riskType") ? n.get("riskType").asInt() : null,
                app.has("stages") ? IndicatorJson.stages(app.get("stages")) : null,
                app.has("minerals") ? IndicatorJson.minerals(app.get("minerals")) : null,
                app.has("cahraOnly") ? app.get("cahraOnly").asBoolean() : null,
                n.has("references") ? IndicatorJson.references(n.get("references")) : null,
                IndicatorJson.text(n, "unit"), thresholds);
    }
}
