package org.assay.platform.graphql;

import graphql.execution.instrumentation.Instrumentation;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.graphql.execution.QueryCache;
import org.assay.platform.GraphQLExecution;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.List;

import com.apollographql.federation.graphqljava.tracing.FederatedTracingInstrumentation;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's defect: {@code GraphQLExecution} used to replace SmallRye's whole instrumentation chain, silently dropping
 * what SmallRye installs (its query cache, federation tracing, …). Every instrumentation SmallRye put in the engine must
 * still be in it. Re-check on every SmallRye upgrade (docs/architecture.md).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class InstrumentationChainTest {

    @Test
    void everyInstrumentationSmallRyeInstallsIsKept() {
        Gql.rootOperator().post("{ __typename }").assertNoErrors(); // the engine is built on first use
        List<Instrumentation> smallRye = GraphQLExecution.smallRyeInstrumentations();
        List<Instrumentation> installed = GraphQLExecution.installed();
        assertFalse(smallRye.isEmpty(), "SmallRye installs at least its query cache");
        assertTrue(smallRye.stream().anyMatch(i -> i instanceof QueryCache), "SmallRye's query cache: " + smallRye);
        for (Instrumentation i : smallRye) {
            assertTrue(installed.contains(i), i + " installed by SmallRye is missing from " + installed);
        }
        InstrumentationChain engine = GraphQLExecution.engineChain();
        assertEquals(installed, engine.getInstrumentations(), "the engine calls the chain as built");
        assertFalse(engine.runsPerField(), "nothing installed by default implements a per-field hook: " + installed);
    }

    /** Which instrumentations make the chain run per field (issue 16: the idle per-field calls cost 10 % of a page). */
    @Test
    void theChainRunsPerFieldOnlyForAMemberThatImplementsAPerFieldHook() {
        record Row(String what, Instrumentation instrumentation, boolean perField) {
        }
        List<Row> rows = List.of(
                new Row("SmallRye's query cache (validation only)", new QueryCache(), false),
                new Row("graphql-java's complexity limit (request level)", new MaxQueryComplexityInstrumentation(10), false),
                new Row("graphql-java's depth limit (request level)", new MaxQueryDepthInstrumentation(10), false),
                new Row("graphql-java's no-op base", SimplePerformantInstrumentation.INSTANCE, false),
                new Row("a request-level subclass", new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters p, InstrumentationState s) {
                        return null;
                    }
                }, false),
                new Row("federation tracing (per field fetch)", new FederatedTracingInstrumentation(), true),
                new Row("a subclass timing each field", new SimpleInstrumentation() {
                    @Override
                    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters p, InstrumentationState s) {
                        return null;
                    }
                }, true),
                new Row("a subclass wrapping data fetchers", new SimplePerformantInstrumentation() {
                    @Override
                    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> f, InstrumentationFieldFetchParameters p, InstrumentationState s) {
                        return f;
                    }
                }, true),
                new Row("a nested chain (counted as per field)", new ChainedInstrumentation(List.of()), true));
        for (Row row : rows) {
            assertEquals(row.perField(), new InstrumentationChain(List.of(new QueryCache(), row.instrumentation())).runsPerField(), row.what());
        }
    }

    /** With a per-field member the chain calls it for every field, as graphql-java's own chain does. */
    @Test
    void aPerFieldMemberIsCalledForEveryField() {
        java.util.concurrent.atomic.AtomicInteger fields = new java.util.concurrent.atomic.AtomicInteger();
        Instrumentation counting = new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters p, InstrumentationState s) {
                fields.incrementAndGet();
                return null;
            }
        };
        graphql.schema.GraphQLSchema schema = graphql.schema.idl.UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new graphql.schema.idl.SchemaParser().parse("type Query { a: String b: String }"));
        graphql.GraphQL engine = graphql.GraphQL.newGraphQL(schema)
                .instrumentation(new InstrumentationChain(List.of(new QueryCache(), counting))).build();
        engine.execute("{ a b }");
        assertEquals(2, fields.get());
        fields.set(0);
        graphql.GraphQL idle = graphql.GraphQL.newGraphQL(schema)
                .instrumentation(new InstrumentationChain(List.of(new QueryCache()))).build();
        assertTrue(idle.execute("{ a b }").getErrors().isEmpty());
    }
}
