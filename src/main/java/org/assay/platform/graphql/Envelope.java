package org.assay.platform.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.assay.platform.InputHygiene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The GraphQL-over-HTTP request body, read strictly before anything else happens: UTF-8, one JSON object, no duplicate
 * keys, bounded nesting and number length; {@code query} a string, {@code operationName} a string or null,
 * {@code variables} and {@code extensions} objects or null; every string and number anywhere in it clean by
 * {@link InputHygiene}. A body that is not is refused with 400 and a JSON error ({@link RequestRefused}) — never passed
 * on to the engine, whose own parser answered such bodies with 500.
 *
 * @param query the document text
 * @param body the body as text (valid and clean), handed to the engine as it is
 */
public record Envelope(String query, String operationName, String body) {

    /** Reads and checks a body. */
    public static Envelope read(byte[] bytes, int maxJsonDepth, int maxNumberLength) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad("The request body is not valid UTF-8");
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxJsonDepth)
                        .maxNumberLength(maxNumberLength).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        String query = null;
        String operationName = null;
        boolean hasQuery = false;
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad("The request body must be a JSON object with a `query` string (batches of operations are not supported)");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "query" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw bad("`query` must be a string");
                        }
                        query = clean(p, p.getText());
                        hasQuery = true;
                    }
                    case "operationName" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            operationName = clean(p, p.getText());
                        } else if (value != JsonToken.VALUE_NULL) {
                            throw bad("`operationName` must be a string or null");
                        }
                    }
                    case "variables", "extensions" -> {
                        if (value == JsonToken.START_OBJECT) {
                            walk(p);
                        } else if (value != JsonToken.VALUE_NULL) {
                            throw bad("`" + name + "` must be a JSON object or null");
                        }
                    }
                    default -> walkValue(p, value);
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw bad("The request body must hold exactly one JSON object");
            }
        } catch (StreamConstraintsException e) {
            throw bad("The request body exceeds the JSON limits (nesting at most " + maxJsonDepth
                    + " levels, numbers at most " + maxNumberLength + " characters)");
        } catch (JsonParseException e) {
            throw bad("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw bad("The request body could not be read as JSON");
        }
        if (!hasQuery || query.isBlank()) {
            throw bad("The request body must have a non-empty `query` string");
        }
        return new Envelope(query, operationName, text);
    }

    /** Walks the members of an object or array whose start token was just read. */
    private static void walk(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
            if (t == null) {
                throw bad("The request body ends inside a JSON value");
            }
            if (t == JsonToken.FIELD_NAME) {
                clean(p, p.currentName());
                continue;
            }
            walkValue(p, t);
        }
    }

    private static void walkValue(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT, START_ARRAY -> walk(p);
            case VALUE_STRING -> clean(p, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String problem = InputHygiene.numberProblem(p.getDecimalValue());
                if (problem != null) {
                    throw invalid(p, problem);
                }
            }
            default -> {
            }
        }
    }

    private static String clean(JsonParser p, String s) {
        String problem = InputHygiene.stringProblem(s);
        if (problem != null) {
            throw invalid(p, problem);
        }
        return s;
    }

    private static RequestRefused invalid(JsonParser p, String problem) {
        String at = p.getParsingContext().pathAsPointer().toString();
        return new RequestRefused(400, "INVALID_ARGUMENT", "The value at " + (at.isEmpty() ? "/" : at) + " was refused: " + problem,
                java.util.Map.of("pointer", at));
    }

    static RequestRefused bad(String message) {
        return new RequestRefused(400, "BAD_REQUEST", message, null);
    }
}
