package org.assay.platform.graphql;

import graphql.execution.AbortExecutionException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused by a limit of the endpoint, before any of its fields ran: the response has no {@code data}, one
 * error with a stable {@code extensions.code}, and, where it helps the client, the limit and the measured value.
 * Thrown from the engine's instrumentation, it becomes graphql-java's abort result; thrown before the engine, the
 * endpoint writes it itself.
 */
public class RequestRefused extends AbortExecutionException {

    private final String code;
    private final int httpStatus;
    private final Map<String, Object> details;

    public RequestRefused(int httpStatus, String code, String message, Map<String, Object> details) {
        super(message);
        this.httpStatus = httpStatus;
        this.code = code;
        this.details = details == null ? Map.of() : details;
    }

    public RequestRefused(String code, String message) {
        this(400, code, message, null);
    }

    public static RequestRefused limit(String code, String what, long measured, long limit) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("limit", limit);
        d.put("measured", measured);
        return new RequestRefused(400, code, what + " " + measured + " exceeds the limit of " + limit, d);
    }

    public String code() {
        return code;
    }

    /** The status under application/graphql-response+json (application/json answers 200 unless it is 413, 429, 503). */
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("code", code);
        ext.putAll(details);
        return ext;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // a refusal, not a failure: no stack to capture
    }
}
