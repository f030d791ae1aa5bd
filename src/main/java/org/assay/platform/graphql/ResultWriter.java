package org.assay.platform.graphql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes graphql-java's execution result straight into the response buffer with Jackson's streaming
 * {@link JsonGenerator}, instead of SmallRye's {@link ExecutionResponse#getExecutionResultAsString()}, which first
 * copies the whole result into a Parsson {@code JsonObject} tree and then prints the tree (16–18 % of the service's CPU
 * on the portfolio page, docs/performance.md).
 *
 * <p>Same output as SmallRye's: members in the order {@code errors}, {@code data}, {@code extensions}; {@code errors}
 * rendered by SmallRye's own {@link ExecutionErrorsService} (message, locations, path, the configured extension fields),
 * so they cannot drift from what SmallRye writes; values mapped as SmallRye maps them (a {@code Double} printed as
 * {@code BigDecimal.valueOf(d)}, a {@code Float} through its decimal string, an enum by name). Anything else — a value
 * type SmallRye would hand to JSON-B, or {@code exclude-null-fields-in-responses} switched on — is written by SmallRye's
 * own path, as is any response Jackson refuses to encode (e.g. an unpaired surrogate in a string).
 */
final class ResultWriter {

    /** Characters outside the BMP as 4-byte UTF-8, as SmallRye writes them (Jackson would escape them as a surrogate pair). */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private ResultWriter() {
    }

    /** The response body of an execution, as UTF-8 JSON. */
    static Buffer write(ExecutionResponse response) {
        if (Config.get().isExcludeNullFieldsInResponses()) {
            return smallRye(response);
        }
        Buffer buffer = Buffer.buffer(8192);
        try (JsonGenerator g = JSON.createGenerator(new BufferOutput(buffer), JsonEncoding.UTF8)) {
            write(g, response.getExecutionResult());
        } catch (IOException | NotStreamable e) {
            return smallRye(response);
        }
        return buffer;
    }

    private static Buffer smallRye(ExecutionResponse response) {
        return Buffer.buffer(response.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(JsonGenerator g, ExecutionResult result) throws IOException {
        g.writeStartObject();
        List<GraphQLError> errors = result.getErrors();
        if (errors != null && !errors.isEmpty()) {
            g.writeFieldName("errors");
            g.writeRawValue(ERRORS.toJsonErrors(errors).toString());
        }
        if (result.isDataPresent()) {
            g.writeFieldName("data");
            value(g, result.getData());
        }
        Map<Object, Object> extensions = result.getExtensions();
        if (extensions != null) {
            g.writeFieldName("extensions");
            g.writeStartObject();
            for (Map.Entry<Object, Object> e : extensions.entrySet()) {
                if (e.getKey() instanceof String key) {
                    g.writeFieldName(key);
                    value(g, e.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(BigDecimal.valueOf(d)); // as Parsson prints a double
        } else if (v instanceof Float f) {
            g.writeNumber(new BigDecimal(String.valueOf(f))); // as SmallRye: no widening to double
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof JsonValue json) {
            g.writeRawValue(json.toString());
        } else {
            throw new NotStreamable(); // SmallRye would use JSON-B: let it write the whole response
        }
    }

    /** A value SmallRye maps through JSON-B; the response is then written by SmallRye. */
    private static final class NotStreamable extends RuntimeException {
        NotStreamable() {
            super(null, null, false, false);
        }
    }

    /** Jackson writes its buffered bytes into the Vert.x buffer the response is sent from (no intermediate copy). */
    private static final class BufferOutput extends OutputStream {
        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.appendBytes(b, off, len);
        }
    }
}
