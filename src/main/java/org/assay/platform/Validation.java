package org.assay.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input before failing, so a client sees all of them at once. */
public final class Validation {
    private final List<UserError> errors = new ArrayList<>();

    public Validation add(String field, ErrorCode code, String message) {
        errors.add(UserError.of(field, code, message));
        return this;
    }

    /** @deprecated declare the code in the feature's {@code <Feature>ErrorCode} and use {@link #add(String, ErrorCode, String)}. */
    @Deprecated
    public Validation add(String field, String code, String message) {
        errors.add(UserError.of(field, code, message));
        return this;
    }

    public Validation addAll(List<UserError> more) {
        errors.addAll(more);
        return this;
    }

    /** Adds {@link InputErrorCode#REQUIRED} when the value is null or blank; returns whether it was present. */
    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, InputErrorCode.REQUIRED, field + " is required");
            return false;
        }
        return true;
    }

    /** Adds {@link InputErrorCode#TOO_LONG} when the text is longer than {@code max}; returns whether it fits. */
    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, InputErrorCode.TOO_LONG, field + " must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<UserError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link UserInputException} if anything was added. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new UserInputException(errors);
        }
    }
}
