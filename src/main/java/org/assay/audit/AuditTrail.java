package org.assay.audit;

import org.assay.platform.CommittedFacts;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.assay.platform.AuditLog;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends audit events (inside the caller's transaction) and verifies the chain.
 * Appends are serialised with a transaction-scoped advisory lock so the chain has no forks.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {

    private static final long CHAIN_LOCK = 0x41535341_59000001L;
    private static final int VERIFY_BATCH = 2000;

    private final ObjectMapper canonicalJson = JsonMapper.builder()
            .findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    CommittedFacts facts;

    /** Counter of appended events (Prometheus {@code assay_audit_events_appended_total}), counted at commit. */
    public static final String EVENTS_APPENDED = "assay.audit.events.appended";

    /** Appends one event for the current caller. Must run inside the mutation's transaction. */
    @Override
    public void record(String operation, List<String> targetIds, Object input) {
        append(operation, targetIds, input);
    }

    public AuditEvent append(String operation, List<String> targetIds, Object input) {
        return append(caller.principal(), caller.organisationIdIfAny().orElse(null),
                caller.role().map(Enum::name).orElse(null), operation, targetIds, digest(input));
    }

    /** Appends one event on behalf of the system or an explicit principal (e.g. HTTP upload endpoints). */
    public AuditEvent append(String subject, UUID organisationId, String role, String operation,
                             List<String> targetIds, String inputDigest) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        List<?> last = em.createNativeQuery("select seq, hash from audit_event order by seq desc limit 1").getResultList();
        long seq = 1;
        String previous = AuditChain.GENESIS;
        if (!last.isEmpty()) {
            Object[] row = (Object[]) last.get(0);
            seq = ((Number) row[0]).longValue() + 1;
            previous = (String) row[1];
        }
        AuditEvent e = new AuditEvent();
        e.seq = seq;
        e.occurredAt = clock.now();
        e.subject = subject == null ? org.assay.platform.Caller.SYSTEM : subject;
        e.organisationId = organisationId;
        e.role = role;
        e.operation = operation;
        e.targetIds = String.join(",", targetIds == null ? List.of() : targetIds);
        e.inputDigest = inputDigest;
        e.prevHash = previous;
        e.hash = AuditChain.hash(e.record(), previous);
        em.persist(e);
        facts.count(EVENTS_APPENDED);
        em.createNativeQuery("insert into audit_chain_head (id, last_seq, last_hash) values (1, ?1, ?2) "
                        + "on conflict (id) do update set last_seq = excluded.last_seq, last_hash = excluded.last_hash")
                .setParameter(1, seq).setParameter(2, e.hash).executeUpdate();
        return e;
    }

    /** SHA-256 of the canonical JSON of the operation's arguments. */
    public String digest(Object input) {
        try {
            return AuditChain.sha256(canonicalJson.writeValueAsString(input));
        } catch (Exception e) {
            return AuditChain.sha256(String.valueOf(input));
        }
    }

    /** The events at these positions of the chain (unknown ones left out), in one statement. */
    public List<AuditEvent> events(java.util.Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from AuditEvent e where e.seq in :seqs", AuditEvent.class).setParameter("seqs", seqs).getResultList();
    }

    public List<AuditEvent> page(AuditFilter filter, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from AuditEvent e where 1 = 1");
        if (filter.organisationId() != null) jpql.append(" and e.organisationId = :org");
        if (filter.operation() != null) jpql.append(" and e.operation = :op");
        if (filter.from() != null) jpql.append(" and e.occurredAt >= :from");
        if (filter.to() != null) jpql.append(" and e.occurredAt < :to");
        if (page.hasCursor()) jpql.append(" and e.seq < :after");
        jpql.append(" order by e.seq desc");
        TypedQuery<AuditEvent> q = em.createQuery(jpql.toString(), AuditEvent.class);
        if (filter.organisationId() != null) q.setParameter("org", filter.organisationId());
        if (filter.operation() != null) q.setParameter("op", filter.operation());
        if (filter.from() != null) q.setParameter("from", filter.from());
        if (filter.to() != null) q.setParameter("to", filter.to());
        if (page.hasCursor()) {
            try {
                q.setParameter("after", page.longValue(0));
            } catch (NumberFormatException e) {
                throw new org.assay.platform.InvalidArgumentException("malformed cursor");
            }
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    /** Walks the whole chain in batches; reports the first broken link. */
    public Verification verify() {
        long expected = 1;
        String previous = AuditChain.GENESIS;
        long checked = 0;
        long afterSeq = -1;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select seq, occurred_at, subject, organisation_id, role, operation, target_ids, input_digest, prev_hash, hash "
                                    + "from audit_event where seq > ?1 order by seq limit ?2")
                    .setParameter(1, afterSeq).setParameter(2, VERIFY_BATCH).getResultList();
            if (rows.isEmpty()) {
                break;
            }
            List<AuditChain.StoredEvent> batch = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                batch.add(new AuditChain.StoredEvent(new AuditChain.AuditRecord(
                        ((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2], (UUID) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7]), (String) r[8], (String) r[9]));
            }
            AuditChain.Break broken = AuditChain.firstBreak(batch, expected, previous);
            if (broken != null) {
                return new Verification(false, checked + (broken.seq() - expected), broken);
            }
            AuditChain.StoredEvent last = batch.get(batch.size() - 1);
            checked += batch.size();
            expected = last.record().seq() + 1;
            previous = last.hash();
            afterSeq = last.record().seq();
        }
        List<?> head = em.createNativeQuery("select last_seq, last_hash from audit_chain_head where id = 1").getResultList();
        if (!head.isEmpty()) {
            Object[] h = (Object[]) head.get(0);
            long headSeq = ((Number) h[0]).longValue();
            if (headSeq != expected - 1 || !previous.equals(h[1])) {
                return new Verification(false, checked, new AuditChain.Break(Math.min(headSeq, expected), AuditChain.BreakKind.HEAD_MISMATCH,
                        "the chain ends at event #" + (expected - 1) + " but the recorded head is event #" + headSeq
                                + ": events at the end were removed or the head was altered"));
            }
        } else if (checked > 0) {
            return new Verification(false, checked, new AuditChain.Break(1, AuditChain.BreakKind.HEAD_MISMATCH, "the chain head record is missing"));
        }
        return new Verification(true, checked, null, previous);
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) return i;
        if (o instanceof java.time.OffsetDateTime odt) return odt.toInstant();
        if (o instanceof java.sql.Timestamp ts) return ts.toInstant();
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }

    /** Filters of the operator's audit listing; null means "any". */
    public record AuditFilter(UUID organisationId, String operation, Instant from, Instant to) {
    }

    /** Outcome of a verification run. */
    public record Verification(boolean intact, long checkedEvents, AuditChain.Break firstBreak, String headHash) {
        Verification(boolean intact, long checkedEvents, AuditChain.Break firstBreak) {
            this(intact, checkedEvents, firstBreak, null);
        }
    }
}
