package org.assay.platform;

import graphql.ExecutionInput;
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
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.validation.ValidationError;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How GraphQL requests are executed, tuned where SmallRye GraphQL's defaults cost every field of every response (measured
 * on the portfolio page, docs/performance.md). Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService},
 * SmallRye's hook for adjusting the schema and the engine as they are built. Limits and behaviour are unchanged:
 * <ul>
 *   <li><b>Operation limits</b>: the configured maximum depth ({@code quarkus.smallrye-graphql.instrumentation-query-depth})
 *   and complexity ({@code …-query-complexity}) are checked once per operation by one instrumentation. SmallRye chains its
 *   instrumentations, and the chain is consulted (allocating) at every field of the response even though the limits only
 *   act before execution.</li>
 *   <li><b>Parsed documents</b>: a document that parsed and validated without errors is kept (at most
 *   {@value #DOCUMENTS} different documents, least recently used first out) and reused, as SmallRye's own query cache does;
 *   that cache relies on an instrumentation of the chain above, so it is replaced along with it.</li>
 *   <li><b>Field visibility</b>: with the setting at its default ({@code default}), SmallRye installs a pattern block list
 *   whose one pattern is the word "default", and matches a regular expression at every field lookup. The default now
 *   means graphql-java's default visibility (everything visible); any other value ({@code no-introspection}, patterns)
 *   is left to SmallRye.</li>
 * </ul>
 */
public class GraphQLExecution implements EventingService {

    static final int DOCUMENTS = 2048;

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
                        config.getQueryComplexityInstrumentation().orElse(null)))
                .preparsedDocumentProvider(new ValidDocuments(DOCUMENTS));
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
            return complexity == null ? null : complexity.beginValidation(parameters, state);
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

    /** Documents that parsed and validated cleanly, by their text; a bounded, least-recently-used map. */
    static final class ValidDocuments implements PreparsedDocumentProvider {

        private final Map<String, PreparsedDocumentEntry> documents;

        ValidDocuments(int max) {
            this.documents = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > max;
                }
            };
        }

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                          Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            String text = input.getQuery();
            PreparsedDocumentEntry entry;
            synchronized (documents) {
                entry = documents.get(text);
            }
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                if (!entry.hasErrors()) {
                    synchronized (documents) {
                        documents.put(text, entry);
                    }
                }
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
