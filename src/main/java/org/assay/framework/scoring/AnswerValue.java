package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.assay.framework.AnswerType;

/**
 * What was answered for one indicator, as far as scoring is concerned. Exactly one of the value accessors is
 * non-null, according to {@link #kind()}. Text and document answers carry no value here: they are not scored.
 * Immutable; build with the static factories.
 */
public final class AnswerValue {

    /** The shape of an answer. */
    public enum Kind {
        YES_NO, MATURITY, NUMBER, TEXT, DOCUMENT, NOT_APPLICABLE
    }

    /** Lowest and highest maturity levels. */
    public static final int MIN_MATURITY = 0;
    public static final int MAX_MATURITY = 4;

    private static final AnswerValue YES = new AnswerValue(Kind.YES_NO, Boolean.TRUE, null, null, null);
    private static final AnswerValue NO = new AnswerValue(Kind.YES_NO, Boolean.FALSE, null, null, null);
    private static final AnswerValue TEXT = new AnswerValue(Kind.TEXT, null, null, null, null);
    private static final AnswerValue DOCUMENT = new AnswerValue(Kind.DOCUMENT, null, null, null, null);

    private final Kind kind;
    private final Boolean yesNo;
    private final Integer maturityLevel;
    private final BigDecimal numberValue;
    private final String justification;

    private AnswerValue(Kind kind, Boolean yesNo, Integer maturityLevel, BigDecimal numberValue, String justification) {
        this.kind = kind;
        this.yesNo = yesNo;
        this.maturityLevel = maturityLevel;
        this.numberValue = numberValue;
        this.justification = justification;
    }

    /** A yes/no answer. */
    public static AnswerValue yes(boolean yes) {
        return yes ? YES : NO;
    }

    /** A maturity level, 0 to 4. */
    public static AnswerValue maturity(int level) {
        if (level < MIN_MATURITY || level > MAX_MATURITY) {
            throw new IllegalArgumentException("maturity level must be " + MIN_MATURITY + " to " + MAX_MATURITY + ", got " + level);
        }
        return new AnswerValue(Kind.MATURITY, null, level, null, null);
    }

    /** A number, in the indicator's unit. */
    public static AnswerValue number(BigDecimal value) {
        Objects.requireNonNull(value, "number value");
        return new AnswerValue(Kind.NUMBER, null, null, value, null);
    }

    /**
     * "Not applicable". The justification may be null or blank for an optional indicator (stored as null);
     * the scorer refuses it without a justification on an essential indicator.
     */
    public static AnswerValue notApplicable(String justification) {
        String j = justification == null || justification.isBlank() ? null : justification.strip();
        return new AnswerValue(Kind.NOT_APPLICABLE, null, null, null, j);
    }

    /** A text answer (not scored). */
    public static AnswerValue text() {
        return TEXT;
    }

    /** A document answer (not scored). */
    public static AnswerValue document() {
        return DOCUMENT;
    }

    public Kind kind() {
        return kind;
    }

    /** The yes/no answer; null unless {@link Kind#YES_NO}. */
    public Boolean yesNo() {
        return yesNo;
    }

    /** The maturity level 0-4; null unless {@link Kind#MATURITY}. */
    public Integer maturityLevel() {
        return maturityLevel;
    }

    /** The number; null unless {@link Kind#NUMBER}. */
    public BigDecimal numberValue() {
        return numberValue;
    }

    /** Why the indicator is not applicable; null unless {@link Kind#NOT_APPLICABLE} with a non-blank justification. */
    public String justification() {
        return justification;
    }

    public boolean isNotApplicable() {
        return kind == Kind.NOT_APPLICABLE;
    }

    /** Whether this answer fits an indicator of the given type ("not applicable" fits every type). */
    public boolean fits(AnswerType type) {
        Objects.requireNonNull(type, "type");
        return switch (kind) {
            case NOT_APPLICABLE -> true;
            case YES_NO -> type == AnswerType.YES_NO;
            case MATURITY -> type == AnswerType.MATURITY;
            case NUMBER -> type == AnswerType.NUMBER;
            case TEXT -> type == AnswerType.TEXT;
            case DOCUMENT -> type == AnswerType.DOCUMENT;
        };
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AnswerValue other)) {
            return false;
        }
        return kind == other.kind && Objects.equals(yesNo, other.yesNo) && Objects.equals(maturityLevel, other.maturityLevel)
                // numbers compare by value: 2.5 and 2.50 are the same answer
                && (numberValue == null ? other.numberValue == null
                        : other.numberValue != null && numberValue.compareTo(other.numberValue) == 0)
                && Objects.equals(justification, other.justification);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, yesNo, maturityLevel, numberValue == null ? null : numberValue.stripTrailingZeros(), justification);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YES_NO -> yesNo ? "yes" : "no";
            case MATURITY -> "maturity " + maturityLevel;
            case NUMBER -> "number " + numberValue.toPlainString();
            case TEXT -> "text";
            case DOCUMENT -> "document";
            case NOT_APPLICABLE -> justification == null ? "not applicable" : "not applicable (" + justification + ")";
        };
    }
}
