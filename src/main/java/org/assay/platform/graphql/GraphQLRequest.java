package org.assay.platform.graphql;

import java.time.Instant;
import java.util.Map;

/**
 * One GraphQL request as the endpoint admitted it: who asks (for the allowance and the budget), its deadline, and
 * what the engine measured (for {@code extensions.cost}). Travels in graphql-java's context under {@link #KEY}, and in
 * a thread-local on the worker thread that runs it, so guarded resolvers can stop work once the deadline has passed.
 */
public final class GraphQLRequest {

    public static final String KEY = "assay.request";

    static final String TIMEOUT_MESSAGE = "The request took longer than its time budget and was cancelled: nothing further was "
            + "started. A mutation that was already running may have completed: read it back, or retry with the same idempotency key.";

    private static final ThreadLocal<GraphQLRequest> CURRENT = new ThreadLocal<>();

    private final Allowance allowance;
    private final long deadlineNanos;
    private final String budgetKey;
    private final boolean mayIntrospect;
    private volatile boolean cancelled;
    private volatile Map<String, Object> cost;

    public GraphQLRequest(Allowance allowance, long deadlineNanos, String budgetKey, boolean mayIntrospect) {
        this.allowance = allowance;
        this.deadlineNanos = deadlineNanos;
        this.budgetKey = budgetKey;
        this.mayIntrospect = mayIntrospect;
    }

    /** Who may do how much: signed-in callers or anonymous ones. */
    public record Allowance(boolean anonymous, int maxBodySize, int maxDocumentSize, int maxTokens, int maxFragments, int maxNodes) {
    }

    public Allowance allowance() {
        return allowance;
    }

    /** Budget key: the caller's organisation, or the person's subject when they belong to none; null when anonymous. */
    public String budgetKey() {
        return budgetKey;
    }

    public boolean mayIntrospect() {
        return mayIntrospect;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void cancel() {
        cancelled = true;
    }

    /** Throws once the time budget is spent (or the endpoint has answered the client with a timeout). */
    public void checkDeadline() {
        if (cancelled || System.nanoTime() - deadlineNanos > 0) {
            cancelled = true;
            throw new RequestRefused(200, "TIMEOUT", TIMEOUT_MESSAGE, null);
        }
    }

    public Map<String, Object> cost() {
        return cost;
    }

    void cost(int requested, int limit, int remaining, Instant resetAt) {
        this.cost = Map.of("requestedPoints", requested, "limit", limit, "remaining", remaining, "resetAt", resetAt.toString());
    }

    static void bind(GraphQLRequest request) {
        if (request == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(request);
        }
    }

    /** Called by every guarded resolver: stops the request's work once its time budget is spent. */
    public static void checkCurrentDeadline() {
        GraphQLRequest r = CURRENT.get();
        if (r != null) {
            r.checkDeadline();
        }
    }
}
