package org.assay.platform;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How GraphQL requests are executed, tuned where SmallRye GraphQL's defaults cost every field of every response (measured
 * on the portfolio page, docs/performance.md). Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService},
 * SmallRye's hook for adjusting the schema and the engine as they are built. Limits and behaviour are unchanged:
 * <ul>
 *   <li><b>Operation limits</b>: the configured maximum depth ({@code quarkus.smallrye-graphql.instrumentation-query-depth})
 *   and complexity ({@code …-query-complexity}) are checked once per operation by one instrumentation. SmallRye chains its
 *   instrumentations, and the chain is consulted (allocating) at every field of the response even though the limits only
 *   act before execution.</li>
 *   <li><b>Parsed documents</b>: SmallRye's query cache (a document that parsed and validated is reused) learns of
 *   validated documents through an instrumentation of that chain; the one instrumentation forwards validation to it, so
 *   documents are still parsed once (without it every request would be parsed again).</li>
 *   <li><b>Field visibility</b>: with the setting at its default ({@code default}), SmallRye installs a pattern block list
 *   whose one pattern is the word "default", and matches a regular expression at every field lookup. The default now
 *   means graphql-java's default visibility (everything visible); any other value ({@code no-introspection}, patterns)
 *   is left to SmallRye.</li>
 * </ul>
 */
public class GraphQLExecution implements EventingService {

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
        Config config = Config.get();
        return builder.instrumentation(new OperationLimits(config.getQueryDepthInstrumentation().orElse(null),
                config.getQueryComplexityInstrumentation().orElse(null)));
    }

    /** The configured depth and complexity limits, checked before execution; nothing per field. */
    static final class OperationLimits extends SimplePerformantInstrumentation {

        private final MaxQueryDepthInstrumentation depth;
        private final MaxQueryComplexityInstrumentation complexity;

        OperationLimits(Integer maxDepth, Integer maxComplexity) {
            this.depth = maxDepth == null ? null : new MaxQueryDepthInstrumentation(maxDepth);
            this.complexity = maxComplexity == null ? null : new MaxQueryComplexityInstrumentation(maxComplexity);
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return complexity == null ? CompletableFuture.completedFuture(null) : complexity.createStateAsync(parameters);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                              InstrumentationState state) {
            SmallRyeContext request = SmallRyeContextManager.getCurrentSmallRyeContext();
            QueryCache documents = request == null ? null : request.getQueryCache();
            InstrumentationContext<List<ValidationError>> caching = documents == null ? null : documents.beginValidation(parameters, null);
            InstrumentationContext<List<ValidationError>> limits = complexity == null ? null : complexity.beginValidation(parameters, state);
            if (caching == null || limits == null) {
                return caching == null ? limits : caching;
            }
            return new InstrumentationContext<>() {
                @Override
                public void onDispatched() {
                    caching.onDispatched();
                    limits.onDispatched();
                }

                @Override
                public void onCompleted(List<ValidationError> result, Throwable t) {
                    caching.onCompleted(result, t);
                    limits.onCompleted(result, t);
                }
            };
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                             InstrumentationState state) {
            if (depth != null) {
                depth.beginExecuteOperation(parameters, null);
            }
            if (complexity != null) {
                complexity.beginExecuteOperation(parameters, state);
            }
            return null;
        }
    }
}
