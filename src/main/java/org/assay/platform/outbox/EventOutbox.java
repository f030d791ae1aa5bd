package org.assay.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.assay.platform.Clock;
import org.assay.platform.GlobalId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records domain events in the transactional outbox (issue 13). Every feature calls it inside the transaction of the
 * change that causes the event, so an event exists if and only if the change committed. Reading (who may see what) is
 * the {@code events} feature's; this side only stores enough to decide it later: the supplier the event is about, the
 * member and assessment body taking part, a broadcast audience, the resource ids, and the facts split into those every
 * receiver gets ({@link Draft#summary}) and those only receivers at level FULL get ({@link Draft#full}).
 *
 * <pre>
 * outbox.event(EventType.ASSESSMENT_PUBLISHED).supplier(a.supplierId).body(a.assessmentBodyId).assessment(a.id)
 *       .summary(d -> d.put("rating", a.rating.name())).record();
 * </pre>
 */
@ApplicationScoped
public class EventOutbox {

    /** The GraphQL type name of organisations (organisation.api.OrganisationView.TYPE): data carries their global ids. */
    public static final String ORGANISATION_NODE = "Organisation";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EventSequencer sequencer;

    /** Starts an event of this type; nothing is stored until {@link Draft#record()}. */
    public Draft event(EventType type) {
        return new Draft(type);
    }

    /** An event being put together. Ids given to the resource methods also go into the summary data under the key shown. */
    public final class Draft {
        private final OutboxEvent e = new OutboxEvent();
        private final ObjectNode summary = JsonNodeFactory.instance.objectNode();
        private final ObjectNode full = JsonNodeFactory.instance.objectNode();

        private Draft(EventType type) {
            e.type = type;
        }

        /** The supplier the event is about ({@code supplierId}: its global id). */
        public Draft supplier(UUID id) {
            e.supplierId = id;
            return organisation(summary, "supplierId", id);
        }

        /** The member firm taking part (requester, grantee, proposal author); not put in the data: who buys from whom stays private. */
        public Draft member(UUID id) {
            e.memberId = id;
            return this;
        }

        /** The assessment body assigned ({@code assessmentBodyId}: its global id). */
        public Draft body(UUID id) {
            e.bodyId = id;
            return organisation(summary, "assessmentBodyId", id);
        }

        public Draft broadcast(Broadcast audience) {
            e.broadcast = audience;
            return this;
        }

        public Draft assessment(UUID id) {
            e.assessmentId = id;
            return put(summary, "assessmentId", id);
        }

        public Draft request(UUID id) {
            e.requestId = id;
            return put(summary, "requestId", id);
        }

        public Draft grant(UUID id) {
            e.grantId = id;
            return put(summary, "grantId", id);
        }

        public Draft action(UUID id) {
            e.actionId = id;
            return put(full, "actionId", id);
        }

        public Draft proposal(UUID id) {
            e.proposalId = id;
            return put(summary, "proposalId", id);
        }

        public Draft frameworkVersion(UUID id) {
            e.frameworkVersionId = id;
            return put(summary, "frameworkVersionId", id);
        }

        /** A fact every receiver of the event may see. */
        public Draft summary(String key, Object value) {
            return put(summary, key, value);
        }

        /** A fact only receivers at level FULL may see (answers, findings, corrective-action detail). */
        public Draft full(String key, Object value) {
            return put(full, key, value);
        }

        /** The facts every receiver may see, for structured ones. */
        public ObjectNode summaryObject() {
            return summary;
        }

        /** An organisation (as its global id) every receiver may see, e.g. the member of a sharing grant for the supplier and that member. */
        public Draft summaryOrganisation(String key, UUID id) {
            return organisation(summary, key, id);
        }

        /** The facts only receivers at level FULL may see, for structured ones. */
        public ObjectNode full() {
            return full;
        }

        /** Stores the event in the current transaction. */
        public void record() {
            e.id = UUID.randomUUID();
            e.occurredAt = clock.now();
            e.summaryData = summary.toString();
            e.fullData = full.toString();
            em.persist(e);
            nudgeAfterCommit();
        }

        /**
         * Stores the event unless the fact {@code fact} was already announced (time-based events: {@code
         * assessment.expired:<id>:<validUntil>}); the database's primary key on facts makes it once only, even when
         * two sweeps race. @return whether it was recorded now
         */
        public boolean recordOnce(String fact) {
            int inserted = em.createNativeQuery("insert into outbox_fact (fact, recorded_at) values (?1, ?2) on conflict (fact) do nothing")
                    .setParameter(1, fact).setParameter(2, clock.now()).executeUpdate();
            if (inserted == 1) {
                record();
            }
            return inserted == 1;
        }

        private Draft organisation(ObjectNode into, String key, UUID id) {
            if (id != null) {
                into.put(key, new GlobalId(ORGANISATION_NODE, id).encode());
            }
            return this;
        }

        private Draft put(ObjectNode into, String key, Object value) {
            if (value == null) {
                into.putNull(key);
            } else if (value instanceof Number n && !(value instanceof BigDecimal)) {
                into.put(key, n.longValue());
            } else if (value instanceof BigDecimal d) {
                into.put(key, d);
            } else if (value instanceof Boolean b) {
                into.put(key, b);
            } else if (value instanceof Enum<?> en) {
                into.put(key, en.name());
            } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Instant || value instanceof String) {
                into.put(key, value.toString());
            } else {
                into.set(key, JSON.valueToTree(value));
            }
            return this;
        }
    }

    private void nudgeAfterCommit() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    sequencer.nudge();
                }
            }
        });
    }
}
