package org.assay.framework.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON form of {@link ScoringRules}, as stored in {@code framework_version.scoring_rules} and written in the
 * document's {@code scoringRules}:
 * {@code {"bands":{"AAA":85,"AA":75,"A":65,"BBB":55,"BB":45,"B":35},"essentialFloor":50,"essentialCap":"BB","openCriticalCap":"B"}}.
 */
public final class ScoringRulesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoringRulesJson() {
    }

    public static ObjectNode toNode(ScoringRules rules) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode bands = root.putObject("bands");
        for (Rating r : Rating.values()) {
            if (r != Rating.C) {
                bands.put(r.name(), plain(rules.lowerBound(r)));
            }
        }
        root.put("essentialFloor", plain(rules.essentialFloor()));
        root.put("essentialCap", rules.essentialCap().name());
        root.put("openCriticalCap", rules.openCriticalCap().name());
        return root;
    }

    public static String write(ScoringRules rules) {
        return toNode(rules).toString();
    }

    /** Reads what {@link #write} stored (stored rules were validated when written). */
    public static ScoringRules read(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<Rating, BigDecimal> bands = new EnumMap<>(Rating.class);
            root.get("bands").fields().forEachRemaining(e -> bands.put(Rating.valueOf(e.getKey()), e.getValue().decimalValue()));
            return new ScoringRules(bands, root.get("essentialFloor").decimalValue(),
                    Rating.valueOf(root.get("essentialCap").asText()), Rating.valueOf(root.get("openCriticalCap").asText()));
        } catch (Exception e) {
            throw new IllegalStateException("stored scoring rules are unreadable: " + json, e);
        }
    }

    /** 85.00 → 85, 52.50 → 52.5: the JSON shows numbers as people write them. */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
