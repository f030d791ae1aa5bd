package org.assay.platform.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The streaming writer answers byte for byte what SmallRye's {@code ExecutionResponse} tree writes, for every kind of
 * value graphql-java puts in a result (table-driven; the HTTP side is {@code ResponseSerializationTest}).
 */
class ResultWriterTest {

    enum Severity { CRITICAL, MINOR }

    static Stream<Object[]> results() {
        List<Object[]> cases = new ArrayList<>();
        cases.add(c("strings", data("s", "plain", "quote", "say \"hi\" \\ back/slash", "unicode", "Zürich – 東京 😀",
                "controls", "tab\tnew\nline\rcr\bbs\ffeed\u0001\u001f", "empty", "")));
        cases.add(c("numbers", data("int", 42, "negative", -7, "short", (short) 3, "byte", (byte) 1, "long", 9_007_199_254_740_993L,
                "double", 0.1, "whole double", 2.0, "big double", 1e20, "tiny double", 1.5e-9, "float", 0.3f,
                "decimal", new BigDecimal("1.50"), "decimal exp", new BigDecimal("1E+3"), "bigint", new BigInteger("123456789012345678901234567890"))));
        cases.add(c("enums, booleans and nulls", data("severity", Severity.CRITICAL, "yes", true, "no", false, "nothing", null,
                "list with null", Arrays.asList("a", null, Severity.MINOR))));
        cases.add(c("nesting", data("page", data("nodes", List.of(data("id", "1", "themes", List.of(data("code", "GOV", "score", 87.5))),
                data("id", "2", "themes", List.of())), "pageInfo", data("hasNextPage", true, "endCursor", null)))));
        cases.add(c("data null with errors", new ExecutionResultImpl(data("node", null), List.of(error("Not found", "NOT_FOUND")))));
        cases.add(c("errors only (no data)", ExecutionResultImpl.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .message("Validation error: field 'x' undefined").errorType(ErrorType.ValidationError)
                .location(new SourceLocation(1, 3)).build()).build()));
        Map<Object, Object> extensions = new LinkedHashMap<>();
        extensions.put("cost", data("requested", 12, "remaining", 988, "ratio", 0.25));
        cases.add(c("extensions", ExecutionResultImpl.newExecutionResult().data(data("a", 1)).extensions(extensions).build()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void writesWhatSmallRyeWrites(String name, ExecutionResult result) {
        ExecutionResponse response = new ExecutionResponse(result);
        String expected = response.getExecutionResultAsString();
        String actual = ResultWriter.write(response).toString(StandardCharsets.UTF_8);
        // Same JSON value, same member order; the only freedom left is how a control character is escaped.
        assertEquals(new JsonObject(expected).encode(), new JsonObject(actual).encode());
        assertEquals(hexLower(expected), hexLower(actual), actual);
        if (!name.equals("strings")) {
            assertEquals(expected, actual);
        }
    }

    /** {@code \u001F} and {@code \u001f} are the same escape. */
    private static String hexLower(String json) {
        return Pattern.compile("\\\\u[0-9A-Fa-f]{4}").matcher(json).replaceAll(m -> Matcher.quoteReplacement(m.group().toLowerCase()));
    }

    private static Object[] c(String name, Object dataOrResult) {
        ExecutionResult result = dataOrResult instanceof ExecutionResult r ? r : ExecutionResultImpl.newExecutionResult().data(dataOrResult).build();
        return new Object[]{name, result};
    }

    private static Map<String, Object> data(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static GraphQLError error(String message, String code) {
        return GraphqlErrorBuilder.newError().message(message).path(ResultPath.parse("/node")).location(new SourceLocation(1, 2))
                .extensions(Map.of("code", code)).build();
    }
}
