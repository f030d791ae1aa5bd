package org.assay.platform;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;
import org.assay.platform.graphql.CostBudget;
import org.assay.platform.graphql.ErrorPresentation;
import org.assay.platform.graphql.GraphQLLimits;
import org.assay.platform.graphql.GraphQLRequest;
import org.assay.platform.graphql.InstrumentationChain;
import org.assay.platform.graphql.OperationLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How GraphQL requests are executed: SmallRye GraphQL's engine, with Assay's operation limits added to it. Registered
 * through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, SmallRye's hook for adjusting the schema
 * and the engine as they are built.
 * <ul>
 *   <li><b>Instrumentation</b>: SmallRye's own chain (its query cache — documents that parsed and validated are reused —,
 *   federation tracing when enabled, its depth/complexity instrumentations when configured, and whatever a later
 *   SmallRye adds) is kept as SmallRye built it; {@link OperationLimits} is put in front of it. {@link #installed()}
 *   names what SmallRye had installed, and a test fails if any of it goes missing. The chain is an
 *   {@link InstrumentationChain}: graphql-java's, minus the per-field calls when no member implements a per-field hook.</li>
 *   <li><b>Field visibility</b>: with the setting at its default ({@code default}), SmallRye installs a pattern block list
 *   whose one pattern is the word "default", and matches a regular expression at every field lookup. The default now
 *   means graphql-java's default visibility (everything visible); any other value ({@code no-introspection}, patterns)
 *   is left to SmallRye. Who may introspect is decided per request ({@code assay.graphql.introspection}).</li>
 * </ul>
 */
public class GraphQLExecution implements EventingService {

    private static volatile List<Instrumentation> smallRyeInstrumentations = List.of();
    private static volatile List<Instrumentation> installed = List.of();
    private static volatile InstrumentationChain engineChain;

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        String visibility = Config.get().getFieldVisibility();
        if (visibility != null && !Config.FIELD_VISIBILITY_DEFAULT.equals(visibility.trim())) {
            return builder;
        }
        GraphQLSchema built = builder.build();
        return GraphQLSchema.newSchema(built).codeRegistry(built.getCodeRegistry()
                .transform(c -> c.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder does not expose what SmallRye put in it; building once shows it (nothing else is built or run).
        Instrumentation theirs = builder.build().getInstrumentation();
        List<Instrumentation> chain = new ArrayList<>();
        List<Instrumentation> smallRye = new ArrayList<>();
        if (theirs instanceof ChainedInstrumentation chained) {
            smallRye.addAll(chained.getInstrumentations());
        } else if (theirs != null) {
            smallRye.add(theirs);
        }
        chain.add(new Limits());
        chain.addAll(smallRye);
        smallRyeInstrumentations = List.copyOf(smallRye);
        installed = List.copyOf(chain);
        InstrumentationChain built = new InstrumentationChain(chain);
        engineChain = built;
        return builder.instrumentation(built);
    }

    /** The instrumentations SmallRye had put in the engine before this class added its own (for the test that guards them). */
    public static List<Instrumentation> smallRyeInstrumentations() {
        return smallRyeInstrumentations;
    }

    /** The engine's instrumentation chain as built, in order. */
    public static List<Instrumentation> installed() {
        return installed;
    }

    /** The chain the engine calls (null before the engine is built). */
    public static InstrumentationChain engineChain() {
        return engineChain;
    }

    /**
     * Assay's limits, checked once per operation after validation and before execution; nothing per field. The result's
     * errors are presented for portals on the way out ({@link ErrorPresentation}).
     */
    static final class Limits extends SimplePerformantInstrumentation {

        private static java.util.Optional<Role> callerRole() {
            try {
                return Arc.container().instance(Caller.class).get().role();
            } catch (RuntimeException e) {
                return java.util.Optional.empty();
            }
        }

        private volatile OperationLimits limits;

        private OperationLimits limits() {
            OperationLimits l = limits;
            if (l == null) {
                l = limits = new OperationLimits(Arc.container().instance(GraphQLLimits.class).get(),
                        Arc.container().instance(CostBudget.class).get());
            }
            return l;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                             InstrumentationState state) {
            ExecutionContext ec = parameters.getExecutionContext();
            GraphQLRequest request = ec.getGraphQLContext().get(GraphQLRequest.KEY);
            if (request != null) {
                limits().check(ec, request);
            }
            return null;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                            InstrumentationState state) {
            GraphQLRequest request = parameters.getGraphQLContext() == null ? null : parameters.getGraphQLContext().get(GraphQLRequest.KEY);
            Map<String, Object> cost = request == null ? null : request.cost();
            ExecutionResult presented = result;
            if (!result.getErrors().isEmpty()) {
                List<graphql.GraphQLError> errors = result.getErrors().stream()
                        .map(e -> ErrorPresentation.present(e, Limits::callerRole)).toList();
                presented = result.transform(b -> b.errors(errors));
            }
            if (cost == null) {
                return CompletableFuture.completedFuture(presented);
            }
            return CompletableFuture.completedFuture(presented.transform(b -> b.addExtension("cost", cost)));
        }
    }
}
