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
    }
}
