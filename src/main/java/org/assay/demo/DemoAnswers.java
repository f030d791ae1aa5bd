package org.assay.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic answers for the demo assessments: about {@code level} (0–4) for every indicator, varied by the
 * indicator's code (the same answer every time), never below 2 for essential indicators unless the level is.
 */
final class DemoAnswers {

    private DemoAnswers() {
    }

    static Map<String, Object> answer(Map<String, Object> indicator, int level) {
        String code = (String) indicator.get("code");
        boolean essential = "ESSENTIAL".equals(indicator.get("classification"));
        int l = Math.max(0, Math.min(4, level + Math.floorMod(code.hashCode(), 3) - 1));
        if (essential) {
            l = Math.max(l, Math.min(level, 2));
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("indicatorCode", code);
        switch ((String) indicator.get("answerType")) {
            case "YES_NO" -> a.put("yes", l >= 2);
            case "MATURITY" -> a.put("maturity", l);
            case "NUMBER" -> a.put("number", number(indicator, l));
            case "TEXT" -> a.put("text", "Described in our annual management review, section " + (1 + Math.floorMod(code.hashCode(), 7)) + ".");
            default -> {
                a.put("notApplicable", true);
                if (essential) {
                    a.put("justification", "The document is kept at the site office.");
                }
            }
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal number(Map<String, Object> indicator, int level) {
        Map<String, Object> thresholds = (Map<String, Object>) indicator.get("thresholds");
        List<Object> values = (List<Object>) thresholds.get("values");
        BigDecimal[] v = values.stream().map(x -> new BigDecimal(x.toString())).toArray(BigDecimal[]::new);
        boolean higher = "HIGHER_IS_BETTER".equals(thresholds.get("direction"));
        // level 4 is the best threshold, 0 beyond the worst one
        int index = higher ? level - 1 : 4 - level;
        if (index < 0) {
            return v[0].divide(BigDecimal.valueOf(2));
        }
        if (index > 3) {
            return v[3].multiply(BigDecimal.valueOf(2));
        }
        return v[index];
    }
}
