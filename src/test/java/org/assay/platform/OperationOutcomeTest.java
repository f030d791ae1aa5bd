package org.assay.platform;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How an operation's exceptions, errors and payloads name its outcome (the tag of the per-operation timer). */
class OperationOutcomeTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new UnauthorizedException(), OperationOutcome.REFUSED),
                Arguments.of(new ForbiddenException(), OperationOutcome.REFUSED),
                Arguments.of(new NotAMemberException(), OperationOutcome.REFUSED),
                Arguments.of(new OrganisationSuspendedException(), OperationOutcome.REFUSED),
                Arguments.of(new RuntimeException("wrapped", new ForbiddenException()), OperationOutcome.REFUSED),
                Arguments.of(new NotFoundException("Assessment"), OperationOutcome.USER_ERROR),
                Arguments.of(new InvalidArgumentException("first must be between 1 and 100"), OperationOutcome.USER_ERROR),
                Arguments.of(new UserInputException("input.x", "REQUIRED", "x is required"), OperationOutcome.USER_ERROR),
                Arguments.of(new IllegalStateException("bug"), OperationOutcome.FAILED),
                Arguments.of(new RuntimeException(new java.sql.SQLException("connection refused")), OperationOutcome.FAILED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("exceptions")
    void anExceptionNamesTheOutcome(Throwable thrown, OperationOutcome expected) {
        assertEquals(expected, OperationOutcome.of(thrown));
    }

    static Stream<Arguments> results() {
        var validation = GraphqlErrorBuilder.newError().errorType(ErrorType.ValidationError).message("unknown field").build();
        var syntax = GraphqlErrorBuilder.newError().errorType(ErrorType.InvalidSyntax).message("bad").build();
        var forbidden = GraphqlErrorBuilder.newError().errorType(ErrorType.DataFetchingException).message("x")
                .extensions(Map.of("code", "forbidden")).build();
        var notFound = GraphqlErrorBuilder.newError().errorType(ErrorType.DataFetchingException).message("x")
                .extensions(Map.of("code", "NOT_FOUND")).build();
        var system = GraphqlErrorBuilder.newError().errorType(ErrorType.DataFetchingException).message("System error")
                .extensions(Map.of("code", "illegal-state")).build();
        var noCode = GraphqlErrorBuilder.newError().errorType(ErrorType.DataFetchingException).message("System error").build();
        Map<String, Object> okPayload = Map.of("grantSharing", Map.of("grant", Map.of("id", "1"), "userErrors", List.of()));
        Map<String, Object> badPayload = Map.of("grantSharing", Map.of("userErrors", List.of(Map.of("code", "REQUIRED"))));
        return Stream.of(
                Arguments.of("data, no errors", List.of(), Map.of("me", Map.of("role", "MEMBER")), OperationOutcome.OK),
                Arguments.of("payload without userErrors", List.of(), okPayload, OperationOutcome.OK),
                Arguments.of("payload with userErrors", List.of(), badPayload, OperationOutcome.USER_ERROR),
                Arguments.of("validation error", List.of(validation), null, OperationOutcome.USER_ERROR),
                Arguments.of("syntax error", List.of(syntax), null, OperationOutcome.USER_ERROR),
                Arguments.of("not found", List.of(notFound), null, OperationOutcome.USER_ERROR),
                Arguments.of("forbidden", List.of(forbidden), null, OperationOutcome.REFUSED),
                Arguments.of("forbidden and not found", List.of(notFound, forbidden), null, OperationOutcome.REFUSED),
                Arguments.of("system error", List.of(system), null, OperationOutcome.FAILED),
                Arguments.of("error without code", List.of(noCode), null, OperationOutcome.FAILED),
                Arguments.of("failure beats refusal", List.of(forbidden, system), null, OperationOutcome.FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void aResultNamesTheOutcome(String name, List<graphql.GraphQLError> errors, Object data, OperationOutcome expected) {
        assertEquals(expected, OperationOutcome.of(errors, data));
    }

    @Test
    void theWorstWins() {
        assertEquals(OperationOutcome.FAILED, OperationOutcome.OK.worst(OperationOutcome.FAILED));
        assertEquals(OperationOutcome.REFUSED, OperationOutcome.REFUSED.worst(OperationOutcome.USER_ERROR));
        assertEquals(List.of("ok", "user_error", "refused", "failed"), Stream.of(OperationOutcome.values()).map(OperationOutcome::tag).toList());
    }
}
