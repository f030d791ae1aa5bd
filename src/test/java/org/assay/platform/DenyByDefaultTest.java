package org.assay.platform;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.enterprise.inject.Any;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every GraphQL operation and field resolver carries an explicit access rule. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DenyByDefaultTest {

    @Test
    void everyOperationHasAnExplicitAllowRule() {
        List<String> unguarded = new ArrayList<>();
        int operations = 0;
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                boolean operation = m.isAnnotationPresent(Query.class) || m.isAnnotationPresent(Mutation.class);
                boolean resolver = false;
                for (Parameter p : m.getParameters()) {
                    resolver |= p.isAnnotationPresent(Source.class);
                }
                if (operation || resolver) {
                    operations++;
                    if (!m.isAnnotationPresent(Allow.class) && !type.isAnnotationPresent(Allow.class)) {
                        unguarded.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(operations > 5, "found only " + operations + " operations");
        assertTrue(unguarded.isEmpty(), "operations without @Allow: " + unguarded);
    }
}
