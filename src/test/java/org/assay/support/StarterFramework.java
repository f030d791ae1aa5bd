package org.assay.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the shipped starter framework so tests can build valid answers for any indicator. */
public final class StarterFramework {

    /** What a test needs to know about one indicator. */
    public record Spec(String code, String answerType, boolean essential, JsonNode thresholds) {
    }

    private static final Map<String, Spec> SPECS = load();

    private StarterFramework() {
    }

    public static Spec spec(String code) {
        Spec s = SPECS.get(code);
        if (s == null) throw new IllegalArgumentException("no indicator " + code);
        return s;
    }

    /** A valid, good answer for the indicator (as GraphQL AnswerInput variables). */
    public static Map<String, Object> goodAnswer(String code) {
        Spec s = spec(code);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("indicatorCode", code);
        switch (s.answerType()) {
            case "YES_NO" -> a.put("yes", true);
            case "MATURITY" -> a.put("maturity", 4);
            case "NUMBER" -> {
                boolean higher = "HIGHER_IS_BETTER".equals(s.thresholds().get("direction").asText());
                a.put("number", s.thresholds().get("values").get(higher ? 3 : 0).decimalValue());
            }
            case "TEXT" -> a.put("text", "Described in our management review, section 4.");
            default -> a.put("notApplicable", true);
        }
        return a;
    }

    /** Both starter versions: an indicator 2.0 kept has the same answer type and thresholds as in 1.0. */
    private static Map<String, Spec> load() {
        Map<String, Spec> specs = new LinkedHashMap<>();
        load(specs, "/framework/starter-framework-1.0.json");
        load(specs, "/framework/starter-framework-2.0.json");
        return specs;
    }

    private static void load(Map<String, Spec> specs, String resource) {
        try (InputStream in = StarterFramework.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode theme : root.get("themes"))
                for (JsonNode topic : theme.get("topics"))
                    for (JsonNode aspect : topic.get("aspects"))
                        for (JsonNode i : aspect.get("indicators"))
                            specs.put(i.get("code").asText(), new Spec(i.get("code").asText(), i.get("answerType").asText(),
                                    "ESSENTIAL".equals(i.get("classification").asText()), i.get("thresholds")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
