package org.assay.platform.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.assay.platform.ApiException;
import org.assay.platform.RequestErrorCode;
import org.assay.platform.Role;
import org.assay.platform.ServiceUnavailableException;
import org.assay.platform.UserError;
import org.assay.platform.UserInputException;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every entry of {@code errors[]} says: a message a portal can show its users and a stable {@code extensions.code}.
 * <ul>
 *   <li>not signed in: "Sign in first" ({@code unauthorized}); a role the operation is not open to: "Your organisation's
 *   role MEMBER may not use organisations" ({@code forbidden}); our refusals ({@link ApiException}) their own message and
 *   code ({@code NOT_FOUND}, {@code INVALID_ARGUMENT}, {@code NOT_A_MEMBER}, {@code ORGANISATION_SUSPENDED});</li>
 *   <li>a value of the wrong type for an argument or variable: what was expected, in GraphQL's words, never a Java class
 *   or a SmallRye message id ({@code INVALID_ARGUMENT}); documents that do not parse or validate keep graphql-java's
 *   message, with the code {@code GRAPHQL_PARSE_FAILED} / {@code GRAPHQL_VALIDATION_FAILED};</li>
 *   <li>the database unreachable: {@code SERVICE_UNAVAILABLE} (the endpoint answers 503 with {@code Retry-After});</li>
 *   <li>anything else is an unexpected failure: a generic message with an {@code errorId}, and one ERROR log line with
 *   the same id and the stack trace. Refusals and invalid input are logged at DEBUG only.</li>
 * </ul>
 */
public final class ErrorPresentation {

    private static final Logger LOG = Logger.getLogger(ErrorPresentation.class);

    public static final String SIGN_IN_FIRST = "Sign in first";
    static final String INTERNAL_MESSAGE = "Something went wrong on our side; the error id identifies it for support";

    private static final Pattern SMALLRYE_ID = Pattern.compile("SRGQL\\d+:\\s*");
    private static final Pattern JAVA_TYPE = Pattern.compile("\\[(?:[a-z][a-z0-9_]*\\.)*([A-Z][A-Za-z0-9_$]*)]");
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("'?Unknown Scalar Type \\[[^\\]]*\\]'?");
    private static final Pattern JAVA_NAME = Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$([A-Z][A-Za-z0-9_]*))?");

    private ErrorPresentation() {
    }

    /** The error as clients see it; {@code role} is asked only for a {@code forbidden} message. */
    public static GraphQLError present(GraphQLError error, Supplier<Optional<Role>> role) {
        if (error instanceof Presented) {
            return error;
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(fetching.getException(), error, role);
        }
        if (error instanceof RequestRefused) {
            return error;
        }
        Map<String, Object> ext = error.getExtensions() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(error.getExtensions());
        String message = clean(error.getMessage());
        ErrorClassification type = error.getErrorType();
        Object code = ext.get("code");
        if (code == null) {
            if (type == ErrorType.InvalidSyntax) {
                code = "GRAPHQL_PARSE_FAILED";
            } else if (type == ErrorType.ValidationError) {
                code = isCoercion(error.getMessage()) ? RequestErrorCode.INVALID_ARGUMENT.name() : "GRAPHQL_VALIDATION_FAILED";
            } else if (isCoercion(error.getMessage())) {
                code = RequestErrorCode.INVALID_ARGUMENT.name();
            } else if (type == ErrorType.ExecutionAborted) {
                code = "EXECUTION_ABORTED";
            } else {
                code = RequestErrorCode.INVALID_ARGUMENT.name();
            }
        }
        ext.put("code", code.toString());
        LOG.debugf("request refused (%s): %s", code, message);
        return new Presented(message, error.getLocations(), error.getPath(), ext, type);
    }

    private static GraphQLError fromException(Throwable thrown, GraphQLError error, Supplier<Optional<Role>> role) {
        String field = fieldName(error.getPath());
        Throwable t = known(thrown);
        String code;
        String message;
        Map<String, Object> ext = new LinkedHashMap<>();
        if (ServiceUnavailableException.isOutage(thrown)) {
            code = RequestErrorCode.SERVICE_UNAVAILABLE.name();
            message = ServiceUnavailableException.MESSAGE;
            ext.put("retryAfterSeconds", ServiceUnavailableException.RETRY_AFTER_SECONDS);
            LOG.debugf("database unreachable while fetching %s: %s", field, thrown);
        } else if (t instanceof UnauthorizedException || t instanceof AuthenticationFailedException) {
            code = "unauthorized";
            message = SIGN_IN_FIRST;
        } else if (t instanceof ForbiddenException) {
            code = "forbidden";
            message = t.getMessage() != null && !t.getMessage().isBlank() && !t.getMessage().contains("Exception")
                    ? t.getMessage()
                    : role.get().map(r -> "Your organisation's role " + r.name() + " may not use " + field)
                    .orElse("You may not use " + field);
        } else if (t instanceof ApiException api) {
            code = api.code().name();
            message = api.getMessage();
        } else if (t instanceof UserInputException input) {
            code = RequestErrorCode.INVALID_ARGUMENT.name();
            List<UserError> errors = input.errors();
            message = errors.isEmpty() ? "Invalid argument" : errors.get(0).message();
        } else if (t instanceof RequestRefused refused) {
            return new Presented(refused.getMessage(), error.getLocations(), error.getPath(), refused.getExtensions(), ErrorType.ExecutionAborted);
        } else if (t instanceof io.smallrye.graphql.transformation.AbstractDataFetcherException) {
            code = RequestErrorCode.INVALID_ARGUMENT.name();
            message = clean(t.getMessage() == null ? "Invalid argument" : t.getMessage());
        } else {
            String id = UUID.randomUUID().toString();
            code = RequestErrorCode.INTERNAL.name();
            message = INTERNAL_MESSAGE;
            ext.put("errorId", id);
            LOG.errorf(thrown, "Unexpected failure while fetching %s [errorId=%s]", field, id);
        }
        if (!"INTERNAL".equals(code) && !"SERVICE_UNAVAILABLE".equals(code)) {
            LOG.debugf("refused %s (%s): %s", field, code, message);
        }
        ext.put("code", code);
        return new Presented(message, error.getLocations(), error.getPath(), ext, ErrorType.DataFetchingException);
    }

    /** The first exception in the chain that says what happened (wrappers of CDI, transactions and SmallRye skipped). */
    private static Throwable known(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException || t instanceof UnauthorizedException || t instanceof ForbiddenException
                    || t instanceof AuthenticationFailedException || t instanceof UserInputException || t instanceof RequestRefused
                    || t instanceof io.smallrye.graphql.transformation.AbstractDataFetcherException) {
                return t;
            }
        }
        return thrown;
    }

    static String fieldName(List<Object> path) {
        if (path != null) {
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    return s;
                }
            }
        }
        return "this operation";
    }

    /** True for the messages of a value that does not fit its argument's or variable's type. */
    static boolean isCoercion(String message) {
        return message != null && (SMALLRYE_ID.matcher(message).find() || message.contains("Unknown Scalar Type")
                || message.contains("Variable '") || message.contains("coerce") || message.contains("is not a valid"));
    }

    /** A message without SmallRye ids and Java names: "Expected type [Int] but was [HashMap]" → "Expected type Int but was an object". */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "Invalid request";
        }
        String m = SMALLRYE_ID.matcher(message).replaceAll("");
        m = UNKNOWN_SCALAR.matcher(m).replaceAll("its input type");
        Matcher types = JAVA_TYPE.matcher(m);
        StringBuilder out = new StringBuilder();
        while (types.find()) {
            types.appendReplacement(out, Matcher.quoteReplacement(kindOf(types.group(1))));
        }
        types.appendTail(out);
        m = out.toString();
        Matcher names = JAVA_NAME.matcher(m);
        out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(names.group(2) != null ? names.group(2) : names.group(1)));
        }
        names.appendTail(out);
        return out.toString().replace("$", "");
    }

    private static String kindOf(String javaType) {
        return switch (javaType) {
            case "HashMap", "LinkedHashMap", "Map", "JsonObject", "ObjectValue" -> "an object";
            case "ArrayList", "List", "JsonArray", "ArrayValue" -> "a list";
            case "String", "StringValue" -> "a string";
            case "Integer", "Long", "BigInteger", "IntValue" -> "an integer";
            case "Double", "BigDecimal", "Float", "FloatValue" -> "a number";
            case "Boolean", "BooleanValue" -> "a boolean";
            default -> javaType;
        };
    }

    /** An error as presented: plain data. */
    static final class Presented implements GraphQLError {
        private final String message;
        private final List<SourceLocation> locations;
        private final List<Object> path;
        private final Map<String, Object> extensions;
        private final ErrorClassification type;

        Presented(String message, List<SourceLocation> locations, List<Object> path, Map<String, Object> extensions, ErrorClassification type) {
            this.message = message;
            this.locations = locations;
            this.path = path;
            this.extensions = extensions;
            this.type = type;
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }

        @Override
        public ErrorClassification getErrorType() {
            return type;
        }
    }
}
