package org.assay.framework.document;

import org.assay.framework.FrameworkErrorCode;
import org.assay.framework.AnswerType;
import org.assay.platform.Validation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an indicator must satisfy wherever it comes from (import document, "add" or "change" proposal).
 * Only checks values that are present and fields not already reported as malformed ({@code broken}): whether a
 * field is required at all is the caller's business, except where it depends on another field (unit and
 * thresholds are required for NUMBER indicators and forbidden for the others).
 */
public final class IndicatorRules {

    /** Codes of themes, topics, aspects and indicators: upper-case letters, digits, dot, dash, underscore. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
    public static final int MAX_TITLE = 300;
    public static final int MAX_GUIDANCE = 4000;
    public static final int MAX_UNIT = 50;
    public static final int MAX_CLAUSE = 300;
    public static final int MAX_REFERENCES = 30;
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private IndicatorRules() {
    }

    public static void checkCode(Validation v, String path, String code) {
        if (code != null && !CODE.matcher(code).matches()) {
            v.add(path, FrameworkErrorCode.INVALID_FORMAT, "codes are 1-40 upper-case letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
    }

    /**
     * @param prefix path of the indicator object, e.g. {@code themes[0].topics[1].aspects[0].indicators[2]} or {@code input.indicator}
     * @param broken field names already reported as malformed (e.g. {@code "answerType"}), so no follow-up errors are added
     */
    public static void check(IndicatorSpec s, Validation v, String prefix, Set<String> broken) {
        checkCode(v, prefix + ".code", s.code());
        text(v, prefix + ".title.en", s.titleEn(), MAX_TITLE);
        text(v, prefix + ".title.zh", s.titleZh(), MAX_TITLE);
        text(v, prefix + ".guidance.en", s.guidanceEn(), MAX_GUIDANCE);
        text(v, prefix + ".guidance.zh", s.guidanceZh(), MAX_GUIDANCE);
        for (org.assay.framework.Language l : org.assay.framework.Language.ADDED) {
            text(v, prefix + ".title." + l.key(), s.title(l), MAX_TITLE);
            text(v, prefix + ".guidance." + l.key(), s.guidance(l), MAX_GUIDANCE);
        }
        if (s.weight() != null) {
            checkWeight(v, prefix + ".weight", s.weight(), s.answerType());
        }
        if (s.riskType() != 1 && s.riskType() != 2 && !broken.contains("riskType")) {
            v.add(prefix + ".riskType", FrameworkErrorCode.INVALID_VALUE, "riskType must be 1 (conflict and serious human-rights abuses in CAHRAs) or 2 (serious environmental, social and ethical misconduct)");
        }
        noDuplicates(v, prefix + ".applicability.stages", s.stages());
        noDuplicates(v, prefix + ".applicability.minerals", s.minerals());
        if (s.references().size() > MAX_REFERENCES) {
            v.add(prefix + ".references", FrameworkErrorCode.TOO_MANY, "at most " + MAX_REFERENCES + " references");
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < s.references().size(); i++) {
            IndicatorSpec.Reference r = s.references().get(i);
            String at = prefix + ".references[" + i + "]";
            if (r == null) {
                continue;
            }
            text(v, at + ".clause", r.clause(), MAX_CLAUSE);
            if (r.standard() != null && r.clause() != null && !refs.add(r.standard() + "\u001f" + r.clause().strip())) {
                v.add(at, FrameworkErrorCode.DUPLICATE, "the same standard and clause are referenced twice");
            }
        }
        AnswerType type = s.answerType();
        if (type == null || broken.contains("answerType")) {
            return;
        }
        if (type == AnswerType.NUMBER) {
            if (s.unit() == null && !broken.contains("unit")) {
                v.add(prefix + ".unit", FrameworkErrorCode.REQUIRED, "NUMBER indicators need a unit");
            } else {
                text(v, prefix + ".unit", s.unit(), MAX_UNIT);
            }
            if (s.thresholds() == null && !broken.contains("thresholds")) {
                v.add(prefix + ".thresholds", FrameworkErrorCode.REQUIRED, "NUMBER indicators need a threshold direction and four thresholds");
            } else if (s.thresholds() != null) {
                checkThresholds(v, prefix + ".thresholds", s.thresholds());
            }
        } else {
            if (s.unit() != null && !broken.contains("unit")) {
                v.add(prefix + ".unit", FrameworkErrorCode.NOT_ALLOWED, "only NUMBER indicators have a unit (answerType is " + type + ")");
            }
            if (s.thresholds() != null && !broken.contains("thresholds")) {
                v.add(prefix + ".thresholds", FrameworkErrorCode.NOT_ALLOWED, "only NUMBER indicators have thresholds (answerType is " + type + ")");
            }
        }
        if (!type.scored() && s.essential() && !broken.contains("classification")) {
            v.add(prefix + ".classification", FrameworkErrorCode.UNSCORED_ESSENTIAL,
                    type + " indicators are not scored and cannot be ESSENTIAL");
        }
    }

    /** Weight within the theme: 0-100, at most 2 decimals, positive for scored answer types. */
    public static void checkWeight(Validation v, String path, BigDecimal weight, AnswerType type) {
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            v.add(path, FrameworkErrorCode.OUT_OF_RANGE, "weight must be between 0 and 100");
        } else if (weight.stripTrailingZeros().scale() > 2) {
            v.add(path, FrameworkErrorCode.TOO_PRECISE, "weight has at most 2 decimals");
        } else if (weight.signum() == 0 && (type == null || type.scored())) {
            v.add(path, FrameworkErrorCode.OUT_OF_RANGE, "scored indicators need a positive weight");
        }
    }

    public static void checkThresholds(Validation v, String path, IndicatorSpec.Thresholds t) {
        if (t.direction() == null) {
            v.add(path + ".direction", FrameworkErrorCode.REQUIRED, "direction is required: HIGHER_IS_BETTER or LOWER_IS_BETTER");
        }
        List<BigDecimal> values = t.values();
        if (values.size() != 4) {
            v.add(path + ".values", FrameworkErrorCode.INVALID_VALUE, "exactly 4 threshold values are required, got " + values.size());
            return;
        }
        for (int k = 1; k < 4; k++) {
            BigDecimal a = values.get(k - 1);
            BigDecimal b = values.get(k);
            if (a != null && b != null && a.compareTo(b) >= 0) {
                v.add(path + ".values[" + k + "]", FrameworkErrorCode.NOT_ASCENDING,
                        "thresholds must be strictly ascending: " + b.toPlainString() + " is not above " + a.toPlainString());
            }
        }
    }

    private static void text(Validation v, String path, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            v.add(path, FrameworkErrorCode.REQUIRED, path + " must not be blank");
        } else {
            v.maxLength(path, value, max);
        }
    }

    private static <T> void noDuplicates(Validation v, String path, List<T> values) {
        Set<T> seen = new HashSet<>();
        for (T t : values) {
            if (t != null && !seen.add(t)) {
                v.add(path, FrameworkErrorCode.DUPLICATE, path + " repeats " + t);
            }
        }
    }
}
