package org.assay.platform;

/**
 * A stable, machine-readable error code. Every feature declares its codes as one enum implementing this interface,
 * {@code <Feature>ErrorCode} (e.g. {@code OrganisationErrorCode}), which the schema exposes as a GraphQL enum of the
 * same name. Codes reach clients in two places: {@code userErrors[].code} of a mutation payload (input problems, see
 * {@link UserError}) and {@code errors[].extensions.code} (request-level refusals, see {@link ApiException#code()}).
 *
 * <p>Every feature enum also holds the constants of {@link InputErrorCode} (the codes platform helpers produce), so a
 * problem found by a shared helper can be reported in any feature's enum ({@link #as}).
 */
public interface ErrorCode {

    /** The code as clients see it (the enum constant's name). */
    String name();

    /**
     * This code as a constant of the feature enum {@code type}, matched by name. A code the feature does not declare
     * becomes {@link InputErrorCode#INVALID}'s namesake (every feature enum declares it); a test checks that every
     * feature enum declares every {@link InputErrorCode}.
     */
    default <E extends Enum<E> & ErrorCode> E as(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name())) {
                return constant;
            }
        }
        return Enum.valueOf(type, InputErrorCode.INVALID.name());
    }
}
