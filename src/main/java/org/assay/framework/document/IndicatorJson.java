package org.assay.framework.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.ThresholdDirection;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads back indicator JSON the platform wrote itself (already validated), e.g. the content of a proposal. */
public final class IndicatorJson {

    private IndicatorJson() {
    }

    public static IndicatorSpec read(JsonNode n) {
        JsonNode th = n.path("thresholds");
        IndicatorSpec.Thresholds thresholds = null;
        if (th.isObject()) {
            List<BigDecimal> values = new ArrayList<>();
            th.path("values").forEach(x -> values.add(x.decimalValue()));
            thresholds = new IndicatorSpec.Thresholds(ThresholdDirection.valueOf(th.path("direction").asText()), values);
        }
        return new IndicatorSpec(text(n, "code"), text(n.path("title"), "en"), text(n.path("title"), "zh"),
                text(n.path("guidance"), "en"), text(n.path("guidance"), "zh"),
                n.hasNonNull("answerType") ? AnswerType.valueOf(n.get("answerType").asText()) : null,
                text(n, "unit"), thresholds,
                n.hasNonNull("classification") ? Classification.valueOf(n.get("classification").asText()) : null,
                n.hasNonNull("weight") ? n.get("weight").decimalValue() : null,
                n.path("riskType").asInt(1), stages(n.path("applicability").path("stages")),
                minerals(n.path("applicability").path("minerals")), n.path("applicability").path("cahraOnly").asBoolean(false),
                references(n.path("references")), translations(n.path("title"), n.path("guidance")));
    }

    static Translations translations(JsonNode title, JsonNode guidance) {
        java.util.Map<org.assay.framework.Language, String> t = new java.util.EnumMap<>(org.assay.framework.Language.class);
        java.util.Map<org.assay.framework.Language, String> g = new java.util.EnumMap<>(org.assay.framework.Language.class);
        for (org.assay.framework.Language l : org.assay.framework.Language.ADDED) {
            if (text(title, l.key()) != null) t.put(l, text(title, l.key()));
            if (text(guidance, l.key()) != null) g.put(l, text(guidance, l.key()));
        }
        return new Translations(t, g);
    }

    static String text(JsonNode n, String key) {
        return n.hasNonNull(key) ? n.get(key).asText() : null;
    }

    static List<SupplyChainStage> stages(JsonNode a) {
        List<SupplyChainStage> out = new ArrayList<>();
        a.forEach(x -> out.add(SupplyChainStage.valueOf(x.asText())));
        return out;
    }

    static List<Mineral> minerals(JsonNode a) {
        List<Mineral> out = new ArrayList<>();
        a.forEach(x -> out.add(Mineral.valueOf(x.asText())));
        return out;
    }

    static List<IndicatorSpec.Reference> references(JsonNode a) {
        List<IndicatorSpec.Reference> out = new ArrayList<>();
        a.forEach(r -> out.add(new IndicatorSpec.Reference(ExternalStandard.valueOf(r.path("standard").asText()), r.path("clause").asText())));
        return out;
    }
}
