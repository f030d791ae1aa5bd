package org.assay.framework.scoring;

import java.util.Objects;

/**
 * The inputs of {@link Scorer#score} are inconsistent: a framework-data problem (duplicate codes, an indicator
 * in an unknown theme) or an answer that does not fit its indicator. Carries a machine-readable {@link #reason()}
 * and the offending code so the API layer can answer with a typed error.
 */
public class ScoringInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Two themes share a code. */
        DUPLICATE_THEME,
        /** Two indicators share a code. */
        DUPLICATE_INDICATOR,
        /** An indicator refers to a theme that is not in the theme list. */
        UNKNOWN_THEME,
        /** An answer is keyed by a code that is not an indicator of the framework version. */
        UNKNOWN_INDICATOR,
        /** An answer's kind does not fit the indicator's answer type (e.g. a number for a yes/no indicator). */
        ANSWER_TYPE_MISMATCH,
        /** An essential indicator was declared not applicable without a justification. */
        JUSTIFICATION_REQUIRED
    }

    private final Reason reason;
    private final String code;

    public ScoringInputException(Reason reason, String code, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = code;
    }

    public Reason reason() {
        return reason;
    }

    /** The theme or indicator code the problem is about. */
    public String code() {
        return code;
    }
}
