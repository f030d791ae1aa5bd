package org.assay.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.hibernate.query.sqm.spi.InterpretationsKeySource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code in_array(value, :array)} selects exactly the rows whose value is among the array's elements, for UUID and text
 * columns and for an empty array; and, unlike {@code in :list}, a query using it can keep its translated SQL (Hibernate's
 * interpretation key exists), which is why the batch resolvers use it (issue 16).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class InArrayTest {

    @Inject
    EntityManager em;

    @Test
    void selectsExactlyTheListedRows() {
        for (int i = 0; i < 3; i++) {
            Fixtures.admit("SUPPLIER", Fixtures.unique("In-array supplier"), "DE");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Object[]> all = em.createQuery("select o.id, o.name from Organisation o order by o.id", Object[].class)
                    .setMaxResults(5).getResultList();
            assertTrue(all.size() >= 3, "the organisations just admitted");
            List<UUID> some = List.of((UUID) all.get(0)[0], (UUID) all.get(2)[0]);
            assertEquals(Set.copyOf(some), ids(byIds(some)));
            assertEquals(Set.of(), ids(byIds(List.of())));
            assertEquals(Set.of(), ids(byIds(List.of(UUID.randomUUID()))));
            List<UUID> withUnknown = List.of((UUID) all.get(1)[0], UUID.randomUUID());
            assertEquals(Set.of(all.get(1)[0]), ids(byIds(withUnknown)));

            String name = (String) all.get(1)[1];
            List<UUID> named = em.createQuery("select o.id from Organisation o where in_array(o.name, :names)", UUID.class)
                    .setParameter("names", InArray.ofText(List.of(name, "no such organisation"))).getResultList();
            assertTrue(named.contains((UUID) all.get(1)[0]));
        });
    }

    @Test
    void aQueryWithTheArrayKeepsItsTranslationUnlikeAListParameter() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
            TypedQuery<UUID> array = em.createQuery("select o.id from Organisation o where in_array(o.id, :ids)", UUID.class)
                    .setParameter("ids", InArray.of(ids));
            TypedQuery<UUID> list = em.createQuery("select o.id from Organisation o where o.id in :ids", UUID.class)
                    .setParameter("ids", ids);
            assertNotNull(key(array), "cacheable: one translation serves every execution and every list length");
            assertNull(key(list), "Hibernate 7.2 translates a query with a list parameter on every execution");
        });
    }

    private List<UUID> byIds(List<UUID> ids) {
        return em.createQuery("select o.id from Organisation o where in_array(o.id, :ids)", UUID.class)
                .setParameter("ids", InArray.of(ids)).getResultList();
    }

    private static Set<Object> ids(List<UUID> found) {
        assertEquals(found.size(), new HashSet<>(found).size(), "no row twice");
        return Set.copyOf(found);
    }

    private static SqmInterpretationsKey key(TypedQuery<?> query) {
        return SqmInterpretationsKey.createInterpretationsKey((InterpretationsKeySource) query.unwrap(SqmQueryImpl.class));
    }
}
