package org.assay.platform.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

/**
 * The engine's instrumentation chain (graphql-java's {@link ChainedInstrumentation}, every member kept in order) that
 * skips the per-field and per-object hooks when no member implements one.
 *
 * <p>graphql-java calls the chain for every field of a result (begin execution, fetching, completion, list completion,
 * the data fetcher) and for every object; the chain then asks each member and collects their contexts. What SmallRye
 * installs by default (its query cache, a {@link SimpleInstrumentation} that only watches validation) and Assay's own
 * limits (request-level only) implement none of those hooks, so on a 50-row page of ~1,600 fields that was thousands
 * of calls and context lists that did nothing: 10 % of the portfolio page's CPU samples (docs/performance.md). A member
 * that does implement a per-field hook (federation tracing, when enabled) is found by reflection when the chain is
 * built, and then the whole chain runs per field exactly as graphql-java's does.
 */
public final class InstrumentationChain extends ChainedInstrumentation {

    /** The hooks graphql-java calls per field or per object of the result (rather than once per request). */
    static final Set<String> PER_FIELD_HOOKS = Set.of("beginExecuteObject", "beginDeferredField", "beginSubscribedFieldEvent",
            "beginFieldExecution", "beginFieldFetch", "beginFieldFetching", "beginFieldCompletion",
            "beginFieldListCompletion", "instrumentDataFetcher");

    private final boolean perField;

    public InstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        this.perField = instrumentations.stream().anyMatch(InstrumentationChain::implementsPerFieldHooks);
    }

    /** True when any member implements a per-field hook, so the chain must be asked for every field. */
    public boolean runsPerField() {
        return perField;
    }

    /**
     * True when the instrumentation's class, or a superclass below graphql-java's no-op bases, declares a per-field
     * hook. A nested chain declares them all, so it counts (conservatively) as implementing them.
     */
    static boolean implementsPerFieldHooks(Instrumentation instrumentation) {
        for (Class<?> c = instrumentation.getClass(); c != null && c != Object.class
                && c != SimpleInstrumentation.class && c != SimplePerformantInstrumentation.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (PER_FIELD_HOOKS.contains(m.getName()) && !m.isSynthetic()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final SimplePerformantInstrumentation NONE = SimplePerformantInstrumentation.INSTANCE;

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return perField ? super.beginExecuteObject(parameters, state) : NONE.beginExecuteObject(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return perField ? super.beginDeferredField(state) : NONE.beginDeferredField(state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return perField ? super.beginSubscribedFieldEvent(parameters, state) : NONE.beginSubscribedFieldEvent(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return perField ? super.beginFieldExecution(parameters, state) : NONE.beginFieldExecution(parameters, state);
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return perField ? super.beginFieldFetch(parameters, state) : NONE.beginFieldFetch(parameters, state);
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return perField ? super.beginFieldFetching(parameters, state) : NONE.beginFieldFetching(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return perField ? super.beginFieldCompletion(parameters, state) : NONE.beginFieldCompletion(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return perField ? super.beginFieldListCompletion(parameters, state) : NONE.beginFieldListCompletion(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return perField ? super.instrumentDataFetcher(dataFetcher, parameters, state) : dataFetcher;
    }
}
