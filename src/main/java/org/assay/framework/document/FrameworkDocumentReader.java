package org.assay.framework.document;

import org.assay.framework.FrameworkErrorCode;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.Language;
import org.assay.framework.ThresholdDirection;
import org.assay.platform.UserError;
import org.assay.platform.Validation;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and completely validates a framework document. Every problem is reported with its JSON path
 * (e.g. {@code themes[2].topics[0].aspects[1].indicators[3].answerType}); a document is usable only when there
 * is none. Pure: the caller supplies the certificate scheme codes that exist.
 */
public final class FrameworkDocumentReader {

    public static final int MAX_DOCUMENT_CHARS = 5_000_000;
    public static final int MAX_INDICATORS = 2_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_ERRORS = 500;
    static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
    static final BigDecimal MAX_THEME_WEIGHT = new BigDecimal("9999.99");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> ROOT_KEYS = Set.of("name", "version", "scoringRules", "themes", "equivalences");
    private static final Set<String> THEME_KEYS = Set.of("code", "weight", "title", "topics");
    private static final Set<String> TOPIC_KEYS = Set.of("code", "title", "aspects");
    private static final Set<String> ASPECT_KEYS = Set.of("code", "title", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("code", "title", "guidance", "answerType", "unit", "thresholds",
            "classification", "weight", "riskType", "applicability", "references");
    private static final Set<String> TEXT_KEYS = Set.of("en", "zh", "fr", "es", "pt", "id");
    private static final Set<String> THRESHOLD_KEYS = Set.of("direction", "values");
    private static final Set<String> APPLICABILITY_KEYS = Set.of("stages", "minerals", "cahraOnly");
    private static final Set<String> REFERENCE_KEYS = Set.of("standard", "clause");
    private static final Set<String> EQUIVALENCE_KEYS = Set.of("scheme", "indicator", "impliedAnswer");
    private static final Set<String> SCORING_KEYS = Set.of("bands", "essentialFloor", "essentialCap", "openCriticalCap");

    /** The outcome: a document when {@code errors} is empty. */
    public record Result(FrameworkDocument document, List<UserError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Validation v = new Validation();
    private final Set<String> knownSchemes;

    private FrameworkDocumentReader(Set<String> knownSchemes) {
        this.knownSchemes = knownSchemes;
    }

    /** Parses and validates {@code json}; {@code knownSchemes}: codes of the certificate schemes that exist. */
    public static Result read(String json, Set<String> knownSchemes) {
        if (json == null || json.isBlank()) {
            return new Result(null, List.of(UserError.of(null, FrameworkErrorCode.REQUIRED, "the document is empty")));
        }
        if (json.length() > MAX_DOCUMENT_CHARS) {
            return new Result(null, List.of(UserError.of(null, FrameworkErrorCode.TOO_LONG,
                    "the document is larger than " + MAX_DOCUMENT_CHARS + " characters")));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return new Result(null, List.of(UserError.of(null, FrameworkErrorCode.INVALID_JSON, "not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(UserError.of(null, FrameworkErrorCode.INVALID_JSON, "not valid JSON: " + e.getOriginalMessage())));
        }
        return new FrameworkDocumentReader(knownSchemes == null ? Set.of() : knownSchemes).document(root);
    }

    private Result document(JsonNode root) {
        if (root == null || !root.isObject()) {
            v.add(null, FrameworkErrorCode.INVALID_TYPE, "the document must be a JSON object with name, version and themes");
            return new Result(null, v.errors());
        }
        keys(root, "", ROOT_KEYS);
        String name = text(root, "name", "name", true, MAX_NAME);
        String version = text(root, "version", "version", true, 9);
        if (version != null && !VERSION.matcher(version).matches()) {
            v.add("version", FrameworkErrorCode.INVALID_FORMAT, "version must look like 1.0 (major.minor)");
        }
        ScoringRules scoring = root.has("scoringRules") && !root.get("scoringRules").isNull()
                ? scoringRules(root.get("scoringRules"), "scoringRules") : ScoringRules.defaults();

        Set<String> nodeCodes = new HashSet<>();
        Map<String, IndicatorSpec> indicators = new HashMap<>();
        List<FrameworkDocument.Theme> themes = new ArrayList<>();
        JsonNode themesNode = array(root, "themes", "themes", true);
        if (themesNode != null && themesNode.isEmpty()) {
            v.add("themes", FrameworkErrorCode.REQUIRED, "a framework needs at least one theme");
        }
        int t = 0;
        for (JsonNode th : iterable(themesNode)) {
            String tp = "themes[" + t++ + "]";
            if (!object(th, tp)) continue;
            keys(th, tp, THEME_KEYS);
            String code = nodeCode(th, tp, nodeCodes);
            BigDecimal weight = number(th, "weight", tp + ".weight", true);
            if (weight != null && (weight.signum() <= 0 || weight.compareTo(MAX_THEME_WEIGHT) > 0)) {
                v.add(tp + ".weight", FrameworkErrorCode.OUT_OF_RANGE, "theme weight must be above 0 and at most 9999.99");
            } else if (weight != null && weight.stripTrailingZeros().scale() > 2) {
                v.add(tp + ".weight", FrameworkErrorCode.TOO_PRECISE, "theme weight has at most 2 decimals");
            }
            String[] title = localized(th, "title", tp + ".title", true, IndicatorRules.MAX_TITLE);
            List<FrameworkDocument.Topic> topics = new ArrayList<>();
            int p = 0;
            for (JsonNode to : iterable(array(th, "topics", tp + ".topics", true))) {
                String pp = tp + ".topics[" + p++ + "]";
                if (!object(to, pp)) continue;
                keys(to, pp, TOPIC_KEYS);
                String topicCode = nodeCode(to, pp, nodeCodes);
                String[] topicTitle = localized(to, "title", pp + ".title", true, IndicatorRules.MAX_TITLE);
                List<FrameworkDocument.Aspect> aspects = new ArrayList<>();
                int a = 0;
                for (JsonNode as : iterable(array(to, "aspects", pp + ".aspects", true))) {
                    String ap = pp + ".aspects[" + a++ + "]";
                    if (!object(as, ap)) continue;
                    keys(as, ap, ASPECT_KEYS);
                    String aspectCode = nodeCode(as, ap, nodeCodes);
                    String[] aspectTitle = localized(as, "title", ap + ".title", true, IndicatorRules.MAX_TITLE);
                    List<IndicatorSpec> specs = new ArrayList<>();
                    int i = 0;
                    for (JsonNode in : iterable(array(as, "indicators", ap + ".indicators", true))) {
                        String ip = ap + ".indicators[" + i++ + "]";
                        IndicatorSpec spec = indicator(in, ip);
                        if (spec == null) continue;
                        if (spec.code() != null && indicators.putIfAbsent(spec.code(), spec) != null) {
                            v.add(ip + ".code", FrameworkErrorCode.DUPLICATE_CODE, "indicator code " + spec.code() + " is used twice");
                        }
                        specs.add(spec);
                    }
                    aspects.add(new FrameworkDocument.Aspect(aspectCode, aspectTitle[0], aspectTitle[1], specs, added(aspectTitle)));
                }
                topics.add(new FrameworkDocument.Topic(topicCode, topicTitle[0], topicTitle[1], aspects, added(topicTitle)));
            }
            themes.add(new FrameworkDocument.Theme(code, weight, title[0], title[1], topics, added(title)));
        }
        if (themesNode != null && !themesNode.isEmpty() && indicators.isEmpty() && v.ok()) {
            v.add("themes", FrameworkErrorCode.REQUIRED, "a framework needs at least one indicator");
        }
        if (indicators.size() > MAX_INDICATORS) {
            v.add("themes", FrameworkErrorCode.TOO_MANY, "at most " + MAX_INDICATORS + " indicators per version");
        }

        List<FrameworkDocument.Equivalence> equivalences = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int e = 0;
        for (JsonNode eq : iterable(array(root, "equivalences", "equivalences", false))) {
            String ep = "equivalences[" + e++ + "]";
            FrameworkDocument.Equivalence equivalence = equivalence(eq, ep, indicators);
            if (equivalence != null) {
                if (equivalence.scheme() != null && equivalence.indicator() != null
                        && !pairs.add(equivalence.scheme() + "\u001f" + equivalence.indicator())) {
                    v.add(ep, FrameworkErrorCode.DUPLICATE, "scheme " + equivalence.scheme() + " is mapped to " + equivalence.indicator() + " twice");
                }
                equivalences.add(equivalence);
            }
        }
        List<UserError> errors = v.errors();
        if (errors.size() > MAX_ERRORS) {
            List<UserError> cut = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            cut.add(UserError.of(null, FrameworkErrorCode.TOO_MANY_ERRORS, (errors.size() - MAX_ERRORS) + " more errors not shown"));
            errors = cut;
        }
        return errors.isEmpty()
                ? new Result(new FrameworkDocument(name, version, scoring, themes, equivalences), List.of())
                : new Result(null, errors);
    }

    private IndicatorSpec indicator(JsonNode in, String ip) {
        if (!object(in, ip)) return null;
        keys(in, ip, INDICATOR_KEYS);
        Set<String> broken = new HashSet<>();
        String code = text(in, "code", ip + ".code", true, 40);
        String[] title = localized(in, "title", ip + ".title", true, IndicatorRules.MAX_TITLE);
        String[] guidance = localized(in, "guidance", ip + ".guidance", true, IndicatorRules.MAX_GUIDANCE);
        AnswerType answerType = enumValue(in, "answerType", ip + ".answerType", AnswerType.class, true, broken);
        Classification classification = enumValue(in, "classification", ip + ".classification", Classification.class, true, broken);
        String unit = null;
        if (present(in, "unit")) {
            unit = text(in, "unit", ip + ".unit", false, IndicatorRules.MAX_UNIT);
            if (unit == null) broken.add("unit");
        }
        IndicatorSpec.Thresholds thresholds = null;
        if (present(in, "thresholds")) {
            thresholds = thresholds(in.get("thresholds"), ip + ".thresholds");
            if (thresholds == null) broken.add("thresholds");
        }
        BigDecimal weight = number(in, "weight", ip + ".weight", true);
        Integer risk = integer(in, "riskType", ip + ".riskType", true);
        if (risk == null) broken.add("riskType");
        List<SupplyChainStage> stages = List.of();
        List<Mineral> minerals = List.of();
        boolean cahraOnly = false;
        if (present(in, "applicability")) {
            JsonNode app = in.get("applicability");
            String pp = ip + ".applicability";
            if (object(app, pp)) {
                keys(app, pp, APPLICABILITY_KEYS);
                stages = enumList(app, "stages", pp + ".stages", SupplyChainStage.class);
                minerals = enumList(app, "minerals", pp + ".minerals", Mineral.class);
                Boolean c = bool(app, "cahraOnly", pp + ".cahraOnly", false);
                cahraOnly = c != null && c;
            }
        }
        List<IndicatorSpec.Reference> references = new ArrayList<>();
        int r = 0;
        for (JsonNode ref : iterable(array(in, "references", ip + ".references", false))) {
            String rp = ip + ".references[" + r++ + "]";
            if (!object(ref, rp)) continue;
            keys(ref, rp, REFERENCE_KEYS);
            ExternalStandard standard = enumValue(ref, "standard", rp + ".standard", ExternalStandard.class, true, broken);
            String clause = text(ref, "clause", rp + ".clause", true, IndicatorRules.MAX_CLAUSE);
            references.add(new IndicatorSpec.Reference(standard, clause));
        }
        if (code != null && !IndicatorRules.CODE.matcher(code).matches()) {
            IndicatorRules.checkCode(v, ip + ".code", code);
            code = null;
        }
        // the code was checked above; the rules below check everything else
        IndicatorSpec spec = new IndicatorSpec(code, title[0], title[1], guidance[0], guidance[1], answerType, unit,
                thresholds, classification, weight, risk == null ? 1 : risk, stages, minerals, cahraOnly, references,
                new Translations(added(title), added(guidance)));
        Validation semantic = new Validation();
        IndicatorRules.check(spec.withCode(null), semantic, ip, broken);
        v.addAll(semantic.errors());
        return spec;
    }

    private IndicatorSpec.Thresholds thresholds(JsonNode node, String path) {
        if (!object(node, path)) return null;
        keys(node, path, THRESHOLD_KEYS);
        ThresholdDirection direction = enumValue(node, "direction", path + ".direction", ThresholdDirection.class, true, new HashSet<>());
        JsonNode values = array(node, "values", path + ".values", true);
        List<BigDecimal> out = new ArrayList<>();
        int k = 0;
        for (JsonNode n : iterable(values)) {
            String vp = path + ".values[" + k++ + "]";
            if (!n.isNumber()) {
                v.add(vp, FrameworkErrorCode.INVALID_TYPE, "threshold values must be numbers");
                out.add(null);
            } else {
                out.add(n.decimalValue());
            }
        }
        if (direction == null || values == null) {
            return null;
        }
        return new IndicatorSpec.Thresholds(direction, out);
    }

    private FrameworkDocument.Equivalence equivalence(JsonNode eq, String ep, Map<String, IndicatorSpec> indicators) {
        if (!object(eq, ep)) return null;
        keys(eq, ep, EQUIVALENCE_KEYS);
        String scheme = text(eq, "scheme", ep + ".scheme", true, 40);
        if (scheme != null && !knownSchemes.contains(scheme)) {
            v.add(ep + ".scheme", FrameworkErrorCode.UNKNOWN_SCHEME, "no certification scheme " + scheme + " exists; the operator creates schemes first");
        }
        String code = text(eq, "indicator", ep + ".indicator", true, 40);
        IndicatorSpec target = code == null ? null : indicators.get(code);
        if (code != null && target == null) {
            v.add(ep + ".indicator", FrameworkErrorCode.UNKNOWN_INDICATOR, "no indicator " + code + " in this document");
        }
        JsonNode implied = eq.get("impliedAnswer");
        String ip = ep + ".impliedAnswer";
        if (implied == null || implied.isNull()) {
            v.add(ip, FrameworkErrorCode.REQUIRED, "impliedAnswer is required: {\"yes\": true} or {\"maturity\": 0-4}");
            return null;
        }
        if (!object(implied, ip)) return null;
        keys(implied, ip, Set.of("yes", "maturity"));
        Boolean yes = bool(implied, "yes", ip + ".yes", false);
        Integer maturity = integer(implied, "maturity", ip + ".maturity", false);
        if (maturity != null && (maturity < 0 || maturity > 4)) {
            v.add(ip + ".maturity", FrameworkErrorCode.OUT_OF_RANGE, "maturity level is 0 to 4");
        }
        if (target != null && target.answerType() != null) {
            switch (target.answerType()) {
                case YES_NO -> {
                    if (yes == null) v.add(ip + ".yes", FrameworkErrorCode.REQUIRED, code + " is a YES_NO indicator: give {\"yes\": true|false}");
                    if (present(implied, "maturity")) v.add(ip + ".maturity", FrameworkErrorCode.NOT_ALLOWED, code + " is a YES_NO indicator");
                }
                case MATURITY -> {
                    if (maturity == null && !present(implied, "maturity")) v.add(ip + ".maturity", FrameworkErrorCode.REQUIRED, code + " is a MATURITY indicator: give {\"maturity\": 0-4}");
                    if (present(implied, "yes")) v.add(ip + ".yes", FrameworkErrorCode.NOT_ALLOWED, code + " is a MATURITY indicator");
                }
                default -> v.add(ep + ".indicator", FrameworkErrorCode.NOT_CERTIFIABLE,
                        code + " is a " + target.answerType() + " indicator: only YES_NO and MATURITY indicators can be answered by a certificate");
            }
        }
        return new FrameworkDocument.Equivalence(scheme, code, yes, maturity);
    }

    private ScoringRules scoringRules(JsonNode node, String path) {
        if (!object(node, path)) return null;
        keys(node, path, SCORING_KEYS);
        int before = v.errors().size();
        Map<Rating, BigDecimal> bands = new EnumMap<>(Rating.class);
        JsonNode b = node.get("bands");
        if (b == null || b.isNull()) {
            v.add(path + ".bands", FrameworkErrorCode.REQUIRED, "bands are required: lower bounds of AAA, AA, A, BBB, BB and B");
        } else if (object(b, path + ".bands")) {
            Set<String> ratings = Arrays.stream(Rating.values()).filter(x -> x != Rating.C).map(Enum::name).collect(Collectors.toSet());
            keys(b, path + ".bands", ratings);
            for (String rating : ratings) {
                BigDecimal bound = number(b, rating, path + ".bands." + rating, true);
                if (bound != null) bands.put(Rating.valueOf(rating), bound);
            }
        }
        BigDecimal floor = number(node, "essentialFloor", path + ".essentialFloor", true);
        Rating essentialCap = enumValue(node, "essentialCap", path + ".essentialCap", Rating.class, true, new HashSet<>());
        Rating criticalCap = enumValue(node, "openCriticalCap", path + ".openCriticalCap", Rating.class, true, new HashSet<>());
        if (v.errors().size() != before) {
            return null;
        }
        try {
            return new ScoringRules(bands, floor, essentialCap, criticalCap);
        } catch (IllegalArgumentException e) {
            v.add(path, FrameworkErrorCode.INVALID_VALUE, e.getMessage());
            return null;
        }
    }

    // ---- typed field helpers: each reports at most one problem per field ----

    private static boolean present(JsonNode obj, String key) {
        return obj.has(key) && !obj.get(key).isNull();
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array::elements;
    }

    private boolean object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be an object");
            return false;
        }
        return true;
    }

    private void keys(JsonNode obj, String path, Set<String> allowed) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                v.add(path.isEmpty() ? key : path + "." + key, FrameworkErrorCode.UNKNOWN_FIELD,
                        "unknown field '" + key + "'; expected one of " + allowed.stream().sorted().toList());
            }
        }
    }

    private String nodeCode(JsonNode node, String path, Set<String> codes) {
        String code = text(node, "code", path + ".code", true, 40);
        if (code == null) return null;
        if (!IndicatorRules.CODE.matcher(code).matches()) {
            IndicatorRules.checkCode(v, path + ".code", code);
            return null;
        }
        if (!codes.add(code)) {
            v.add(path + ".code", FrameworkErrorCode.DUPLICATE_CODE, "code " + code + " is used by another theme, topic or aspect");
        }
        return code;
    }

    private String text(JsonNode obj, String key, String path, boolean required, int max) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required");
            return null;
        }
        if (!n.isTextual()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be a string");
            return null;
        }
        String s = n.asText().strip();
        if (s.isEmpty()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " must not be blank");
            return null;
        }
        if (s.length() > max) {
            v.add(path, FrameworkErrorCode.TOO_LONG, path + " must be at most " + max + " characters");
            return null;
        }
        return s;
    }

    /**
     * {@code {en, zh, fr, es, pt, id}}: English required (when the object is), the other languages optional. Indexed by
     * {@link Language#ordinal()}.
     */
    private String[] localized(JsonNode obj, String key, String path, boolean required, int max) {
        String[] out = new String[Language.values().length];
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required: {\"en\": \"...\", \"zh\": \"...\", \"fr\": ..., \"es\": ..., \"pt\": ..., \"id\": ...}");
            return out;
        }
        if (!object(n, path)) return out;
        keys(n, path, TEXT_KEYS);
        for (Language l : Language.values()) {
            out[l.ordinal()] = text(n, l.key(), path + "." + l.key(), l == Language.EN, max);
        }
        return out;
    }

    private static Map<Language, String> added(String[] texts) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        for (Language l : Language.ADDED) {
            if (texts[l.ordinal()] != null) m.put(l, texts[l.ordinal()]);
        }
        return m;
    }

    private BigDecimal number(JsonNode obj, String key, String path, boolean required) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required");
            return null;
        }
        if (!n.isNumber()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be a number");
            return null;
        }
        return n.decimalValue();
    }

    private Integer integer(JsonNode obj, String key, String path, boolean required) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required");
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be an integer");
            return null;
        }
        return n.intValue();
    }

    private Boolean bool(JsonNode obj, String key, String path, boolean required) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required");
            return null;
        }
        if (!n.isBoolean()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be true or false");
            return null;
        }
        return n.booleanValue();
    }

    private JsonNode array(JsonNode obj, String key, String path, boolean required) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required");
            return null;
        }
        if (!n.isArray()) {
            v.add(path, FrameworkErrorCode.INVALID_TYPE, path + " must be an array");
            return null;
        }
        return n;
    }

    private <E extends Enum<E>> E enumValue(JsonNode obj, String key, String path, Class<E> type, boolean required, Set<String> broken) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) v.add(path, FrameworkErrorCode.REQUIRED, path + " is required; one of " + names(type));
            broken.add(key);
            return null;
        }
        E e = n.isTextual() ? parseEnum(type, n.asText()) : null;
        if (e == null) {
            v.add(path, FrameworkErrorCode.INVALID_VALUE, path + " must be one of " + names(type) + ", was " + n);
            broken.add(key);
        }
        return e;
    }

    private <E extends Enum<E>> List<E> enumList(JsonNode obj, String key, String path, Class<E> type) {
        JsonNode array = array(obj, key, path, false);
        List<E> out = new ArrayList<>();
        int k = 0;
        for (JsonNode n : iterable(array)) {
            String ep = path + "[" + k++ + "]";
            E e = n.isTextual() ? parseEnum(type, n.asText()) : null;
            if (e == null) {
                v.add(ep, FrameworkErrorCode.INVALID_VALUE, ep + " must be one of " + names(type) + ", was " + n);
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) return e;
        }
        return null;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
