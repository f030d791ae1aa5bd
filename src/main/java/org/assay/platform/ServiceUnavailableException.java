package org.assay.platform;

import java.sql.SQLException;

/**
 * The database cannot be reached: every request is answered 503 with {@code Retry-After} and {@code SERVICE_UNAVAILABLE}
 * ({@code platform.graphql.OutageResponses}), readiness is DOWN, and service resumes as soon as connections succeed again.
 */
@io.smallrye.graphql.api.ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public static final String MESSAGE = "The service is temporarily unavailable; retry in a few seconds";
    /** Seconds clients are asked to wait ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailableException(Throwable cause) {
        super(RequestErrorCode.SERVICE_UNAVAILABLE, MESSAGE);
        initCause(cause);
    }

    /**
     * True when {@code failure} is, or was caused by, the database being unreachable: a connection failure (SQL state
     * class 08), a server shutting down or not accepting connections (57P01–57P03), or a connection that could not be
     * acquired. Plain rule (unit-tested).
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (state == null && message != null && message.contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
