package org.assay.platform;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One timer per GraphQL operation and outcome, and the log context of the operation. Registered through SmallRye's
 * {@code EventingService} SPI ({@code META-INF/services/io.smallrye.graphql.spi.EventingService}), beside the engine
 * settings of {@link GraphQLExecution}; it only listens (adds no instrumentation, changes nothing).
 *
 * <p><b>Timer</b> {@code assay.graphql.operation} (Prometheus {@code assay_graphql_operation_seconds}), from the start of
 * execution to the complete result, with tags:
 * <ul>
 *   <li>{@code operation}: the root field the document asks for ({@code portfolioSuppliers}, {@code requestAssessment});
 *   {@code (multiple)} when it asks for several, {@code (invalid)} when it does not parse or validate. Never the
 *   client's own operation name or aliases: those are unbounded and would let any caller grow the metric set.</li>
 *   <li>{@code type}: {@code query}, {@code mutation} or {@code subscription};</li>
 *   <li>{@code outcome}: {@link OperationOutcome} ({@code ok}, {@code user_error}, {@code refused}, {@code failed}).</li>
 * </ul>
 * Buckets for p50/p99 (histogram_quantile) at fixed service-level boundaries, 5 ms to 10 s.
 *
 * <p><b>Log context</b> (MDC, written into every JSON log line of the request in prod): {@code operation} (as above)
 * and {@code organisationId} (the caller's organisation; never the subject, a name, an e-mail or a token). The trace
 * and span ids come from OpenTelemetry. At DEBUG ({@code quarkus.log.category."org.assay.platform.OperationMetrics".level})
 * it logs one line per operation, an access log of GraphQL operations.
 */
public class OperationMetrics implements EventingService {

    /** At DEBUG, one line per operation (type, root field, outcome, time), with the log context: a GraphQL access log. */
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(OperationMetrics.class);

    public static final String TIMER = "assay.graphql.operation";
    public static final String MDC_OPERATION = "operation";
    public static final String MDC_ORGANISATION = "organisationId";
    static final String MULTIPLE = "(multiple)";
    static final String INVALID = "(invalid)";

    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    /** What is known of an operation while it executes, by SmallRye's execution id. */
    private static final class Running {
        final Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        final String operation;
        volatile OperationOutcome thrown = OperationOutcome.OK;
        volatile boolean sawException;

        Running(String operation) {
            this.operation = operation;
        }
    }

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void beforeExecute(Context context) {
        String operation = rootFields(context).map(OperationMetrics::label).orElse(INVALID);
        String id = context.getExecutionId();
        if (id != null) {
            running.put(id, new Running(operation));
        }
        MDC.put(MDC_OPERATION, operation);
        organisationId().ifPresent(org -> MDC.put(MDC_ORGANISATION, org.toString()));
    }

    @Override
    public void errorDataFetch(Context context, Throwable t) {
        Running r = context.getExecutionId() == null ? null : running.get(context.getExecutionId());
        if (r != null) {
            r.sawException = true;
            r.thrown = r.thrown.worst(OperationOutcome.of(t));
        }
    }

    @Override
    public void afterExecute(Context context) {
        Running r = context.getExecutionId() == null ? null : running.remove(context.getExecutionId());
        try {
            if (r == null) {
                return;
            }
            ExecutionResult result = context instanceof SmallRyeContext s ? s.unwrap(ExecutionResult.class) : null;
            List<GraphQLError> errors = result == null ? List.of() : result.getErrors();
            OperationOutcome outcome = r.thrown;
            if (!r.sawException || outcome == OperationOutcome.OK) {
                outcome = outcome.worst(OperationOutcome.of(errors, result == null ? null : result.getData()));
            } else {
                // exceptions were classified from their types; errors without one (validation, limits) still count
                outcome = outcome.worst(OperationOutcome.of(errors.stream()
                        .filter(e -> e.getErrorType() instanceof graphql.ErrorType et && et != graphql.ErrorType.DataFetchingException)
                        .toList(), null));
            }
            boolean valid = errors.stream().noneMatch(e -> e.getErrorType() == graphql.ErrorType.InvalidSyntax
                    || e.getErrorType() == graphql.ErrorType.ValidationError);
            String operation = valid ? r.operation : INVALID;
            stop(r, operation, type(context), outcome);
        } finally {
            MDC.remove(MDC_OPERATION);
            MDC.remove(MDC_ORGANISATION);
        }
    }

    @Override
    public void errorExecute(Context context, Throwable t) {
        Running r = context == null || context.getExecutionId() == null ? null : running.remove(context.getExecutionId());
        if (r != null) {
            stop(r, INVALID, type(context), OperationOutcome.FAILED);
        }
        MDC.remove(MDC_OPERATION);
        MDC.remove(MDC_ORGANISATION);
    }

    private void stop(Running r, String operation, String type, OperationOutcome outcome) {
        long nanos = r.sample.stop(timers.computeIfAbsent(operation + ' ' + type + ' ' + outcome.tag(), k -> Timer.builder(TIMER)
                .description("GraphQL operations by root field, type and outcome")
                .tags("operation", operation, "type", type, "outcome", outcome.tag())
                .serviceLevelObjectives(BUCKETS)
                .register(Metrics.globalRegistry)));
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s %s: %s in %d ms", type, operation, outcome.tag(), nanos / 1_000_000);
        }
    }

    private static String type(Context context) {
        List<String> types = context.getRequestedOperationTypes();
        if (types == null || types.isEmpty()) {
            return "query";
        }
        return types.size() == 1 ? types.get(0).toLowerCase(java.util.Locale.ROOT) : "query";
    }

    static String label(Set<String> fields) {
        if (fields.isEmpty()) {
            return INVALID;
        }
        return fields.size() == 1 ? fields.iterator().next() : MULTIPLE;
    }

    /** The root field names of the operation to execute (fragments at the root followed one level at a time). */
    static java.util.Optional<Set<String>> rootFields(Context context) {
        try {
            if (!(context instanceof SmallRyeContext s) || s.getDocumentSupplier() == null) {
                return java.util.Optional.empty();
            }
            Document document = s.getDocumentSupplier().get();
            if (document == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(rootFields(document, context.getOperationName().orElse(null)));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    static Set<String> rootFields(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition chosen = null;
        for (OperationDefinition op : operations) {
            if (operationName == null ? chosen == null : operationName.equals(op.getName())) {
                chosen = op;
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        if (chosen == null) {
            return fields;
        }
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        List<SelectionSet> pending = new ArrayList<>(List.of(chosen.getSelectionSet()));
        Set<String> seenFragments = new java.util.HashSet<>();
        for (int i = 0; i < pending.size() && i < 100; i++) {
            for (Selection<?> sel : pending.get(i).getSelections()) {
                if (sel instanceof Field f) {
                    if (!"__typename".equals(f.getName())) {
                        fields.add(f.getName());
                    }
                } else if (sel instanceof InlineFragment inline) {
                    pending.add(inline.getSelectionSet());
                } else if (sel instanceof FragmentSpread spread && seenFragments.add(spread.getName())
                        && fragments.containsKey(spread.getName())) {
                    pending.add(fragments.get(spread.getName()).getSelectionSet());
                }
            }
        }
        return fields;
    }

    private static java.util.Optional<UUID> organisationId() {
        try {
            ArcContainer arc = Arc.container();
            if (arc == null || !arc.requestContext().isActive()) {
                return java.util.Optional.empty();
            }
            SecurityIdentity identity = arc.instance(SecurityIdentity.class).get();
            if (identity == null || identity.isAnonymous()) {
                return java.util.Optional.empty();
            }
            Object org = identity.getAttribute(Caller.ORGANISATION_ID);
            return org instanceof UUID u ? java.util.Optional.of(u) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
