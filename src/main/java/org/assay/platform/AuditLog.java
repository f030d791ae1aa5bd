package org.assay.platform;

import java.util.List;

/**
 * Where {@link OperationGuard} records each successful mutation, in the mutation's own transaction. Implemented by the
 * audit feature ({@code audit.AuditTrail}); declared here so that the platform does not depend on a feature.
 */
public interface AuditLog {

    /** Records that the caller performed {@code operation} on {@code targetIds} with {@code input} (digested, not stored). */
    void record(String operation, List<String> targetIds, Object input);
}
