package org.assay.assessment;

import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * Which of a supplier's published assessments is its <em>current</em> one — the results that are shared, that set its
 * status and rating, that a public disclosure summarises, and whose critical actions lift the rating cap: the newest by
 * publication time and, of two published in the same instant, the one with the smaller id in PostgreSQL's uuid order.
 *
 * <p>One home for the decision. Every SQL and JPQL query that picks the current assessment takes its order (or its
 * sub-select) from here, {@link #find} reads it for one supplier, and {@link #newestFirst} orders the same way in Java; {@code CurrentPublicationTest} ties two
 * publications to the microsecond and proves every path picks the same one. The partial index
 * {@code assessment_current_published_idx} (V166) serves the order.
 */
public final class CurrentPublication {

    private CurrentPublication() {
    }

    /** The order, newest first, of published assessment rows under {@code alias} in SQL: {@code order by} + this. */
    public static String sqlOrder(String alias) {
        return alias + ".published_at desc, " + alias + ".id";
    }

    /** The same order in JPQL over the {@link Assessment} entity under {@code alias}. */
    public static String jpqlOrder(String alias) {
        return alias + ".publishedAt desc, " + alias + ".id";
    }

    /** A SQL scalar sub-select: the id of the current assessment of the supplier whose id is {@code supplierIdExpression}; null when none. */
    public static String sqlCurrentId(String supplierIdExpression) {
        return "(select cp.id from assessment cp where cp.supplier_id = " + supplierIdExpression
                + " and cp.status = 'PUBLISHED' order by " + sqlOrder("cp") + " limit 1)";
    }

    /** The supplier's current published assessment, if it has one (one statement). */
    public static Assessment find(EntityManager em, UUID supplierId) {
        return em.createQuery("from Assessment a where a.supplierId = :supplier and a.status = :published order by " + jpqlOrder("a"), Assessment.class)
                .setParameter("supplier", supplierId).setParameter("published", AssessmentStatus.PUBLISHED).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * The same order in Java over (published at, id) pairs. A uuid's canonical lower-case text sorts as PostgreSQL
     * compares uuids (unsigned bytes); {@link UUID#compareTo} does not (it compares signed longs).
     */
    public static <T> Comparator<T> newestFirst(java.util.function.Function<T, Instant> publishedAt, java.util.function.Function<T, UUID> id) {
        return Comparator.comparing(publishedAt, Comparator.reverseOrder()).thenComparing(t -> id.apply(t).toString());
    }
}
