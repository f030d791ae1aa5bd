package org.assay.platform;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import java.util.List;
import java.util.Map;

/**
 * How a GraphQL operation ended, for the per-operation timer ({@code assay.graphql.operation}, tag {@code outcome}).
 * Plain rules, unit-tested without Quarkus. When several things happened, the worst one names the operation:
 * {@link #FAILED} over {@link #REFUSED} over {@link #USER_ERROR} over {@link #OK}.
 */
public enum OperationOutcome {
    /** Answered with data, no error and no {@code userErrors}. */
    OK("ok"),
    /** The caller's mistake: {@code userErrors} in a payload, or a document or argument the API rejects (syntax,
     *  validation, limits, invalid argument, not found). */
    USER_ERROR("user_error"),
    /** Not allowed: anonymous, forbidden for the role, not a member, organisation suspended. */
    REFUSED("refused"),
    /** The server failed: any other error. These are the ones to alert on. */
    FAILED("failed");

    private final String tag;

    OperationOutcome(String tag) {
        this.tag = tag;
    }

    /** The value of the metric tag. */
    public String tag() {
        return tag;
    }

    public OperationOutcome worst(OperationOutcome other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** What an exception thrown while fetching a field says about the operation (its causes are looked at too). */
    public static OperationOutcome of(Throwable thrown) {
        if (ServiceUnavailableException.isOutage(thrown)) {
            return FAILED;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnauthorizedException || t instanceof ForbiddenException || t instanceof AuthenticationFailedException
                    || t instanceof NotAMemberException || t instanceof OrganisationSuspendedException) {
                return REFUSED;
            }
            if (t instanceof ApiException || t instanceof UserInputException
                    || t instanceof io.smallrye.graphql.transformation.AbstractDataFetcherException) {
                return USER_ERROR;
            }
        }
        return FAILED;
    }

    /** Codes in {@code errors[].extensions.code} that mean a refusal (SmallRye's for Quarkus security, ours otherwise). */
    private static final List<String> REFUSAL_CODES = List.of("unauthorized", "forbidden", "NOT_A_MEMBER", "ORGANISATION_SUSPENDED");

    /**
     * What the operation's result says: its {@code errors} (when no exception was seen for them) and the
     * {@code userErrors} of the payloads under its root fields.
     */
    public static OperationOutcome of(List<GraphQLError> errors, Object data) {
        OperationOutcome outcome = OK;
        for (GraphQLError e : errors) {
            outcome = outcome.worst(of(e));
        }
        if (outcome == OK && data instanceof Map<?, ?> roots) {
            for (Object root : roots.values()) {
                if (root instanceof Map<?, ?> payload && payload.get("userErrors") instanceof List<?> userErrors && !userErrors.isEmpty()) {
                    return USER_ERROR;
                }
            }
        }
        return outcome;
    }

    static OperationOutcome of(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax || type == ErrorType.ValidationError || type == ErrorType.ExecutionAborted) {
            return USER_ERROR;
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null && REFUSAL_CODES.contains(code.toString())) {
            return REFUSED;
        }
        // An unexpected failure or an outage, as the error presentation shows them.
        if (code != null && (code.toString().equals("INTERNAL") || code.toString().equals("SERVICE_UNAVAILABLE"))) {
            return FAILED;
        }
        // Our request-level refusals (ApiException) carry upper-case codes (NOT_FOUND, INVALID_ARGUMENT, …).
        if (code != null && code.toString().matches("[A-Z][A-Z0-9_]*")) {
            return USER_ERROR;
        }
        return FAILED;
    }
}
