package org.assay.platform;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;

import java.lang.reflect.Method;

/** At start, checks that every mutation returns a payload {@link OperationGuard} can fail ({@link Payloads#check}). */
@ApplicationScoped
class PayloadContractCheck {

    void check(@Observes StartupEvent start) {
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.isAnnotationPresent(GraphQLApi.class)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Mutation.class)) {
                    try {
                        Payloads.check(m.getReturnType());
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException("mutation " + type.getSimpleName() + "." + m.getName() + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }
}
