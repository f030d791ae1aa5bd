package org.assay.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Deliveries and their attempts: queueing one delivery per (endpoint, event), claiming due ones across workers and
 * replicas ({@code FOR UPDATE SKIP LOCKED}, then a lease), recording each attempt's outcome with the retry schedule,
 * disabling endpoints that keep failing, redelivery, and the delivery log.
 *
 * <p>A claim takes a due delivery, raises its attempt number and pushes its due time to the end of a lease
 * ({@code assay.webhooks.lease}), all in one short transaction; the request is then sent outside any transaction, and
 * the outcome recorded in another. Two workers never hold the same attempt (the row lock, then the raised attempt
 * number), and an attempt is recorded once ({@code unique (delivery_id, attempt)}). A worker that dies mid-attempt
 * leaves the delivery due again when the lease ends: at least once.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookSecrets secrets;

    @Inject
    EndpointDisabledNotice disabledNotice;

    /** An attempt a worker holds: everything needed to send it without the database. */
    public record Claim(UUID deliveryId, int attempt, UUID endpointId, String url, List<SigningSecret> secrets,
                        String messageId, String body) {
    }

    /** Queues the delivery of an event to an endpoint, due now; nothing when it is queued already. Returns whether it was new. */
    public boolean enqueue(UUID endpointId, UUID eventId, long position, String type, String body) {
        Instant now = clock.now();
        return em.createNativeQuery("""
                        insert into webhook_delivery (id, endpoint_id, event_id, event_position, event_type, body, status, attempts,
                            next_attempt_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?7)
                        on conflict (endpoint_id, event_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, endpointId).setParameter(3, eventId).setParameter(4, position)
                .setParameter(5, type).setParameter(6, body).setParameter(7, now).executeUpdate() == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries of active endpoints, in a transaction of its own, skipping rows another
     * worker holds; each claimed delivery's attempt number goes up by one and it is not due again before its lease ends.
     */
    public List<Claim> claim(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.now();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            with due as (
                                select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                                where d.status = 'PENDING' and d.next_attempt_at <= ?1 and e.status = 'ACTIVE'
                                order by d.next_attempt_at, d.event_position
                                limit ?2
                                for update of d skip locked)
                            update webhook_delivery d set attempts = d.attempts + 1, next_attempt_at = ?3
                            from due where d.id = due.id
                            returning d.id, d.attempts""")
                    .setParameter(1, now).setParameter(2, limit).setParameter(3, now.plus(settings.lease()))
                    .getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, Integer> attempts = new java.util.HashMap<>();
            rows.forEach(r -> attempts.put((UUID) r[0], ((Number) r[1]).intValue()));
            List<Claim> claims = new ArrayList<>();
            for (Object[] r : em.createQuery("select d, e from WebhookDelivery d, WebhookEndpoint e where e.id = d.endpointId and d.id in :ids"
                    + " order by d.eventPosition", Object[].class).setParameter("ids", attempts.keySet()).getResultList()) {
                WebhookDelivery d = (WebhookDelivery) r[0];
                WebhookEndpoint e = (WebhookEndpoint) r[1];
                claims.add(new Claim(d.id, attempts.get(d.id), e.id, e.url, secrets.signing(e, now), d.messageId(), d.body));
            }
            return claims;
        });
    }

    /**
     * Records the outcome of a claimed attempt, in a transaction of its own: the attempt joins the log; the delivery is
     * delivered, due again by the retry schedule, or failed for good; the endpoint's failing period starts or ends,
     * and an endpoint failing for longer than {@code assay.webhooks.disable-after} is disabled (its admins are told by an
     * event). An outcome that comes after the claim's lease ended and another worker claimed again is logged but
     * changes nothing else.
     */
    public void record(Claim claim, WebhookSender.Outcome outcome, Instant attemptedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookEndpoint e = em.find(WebhookEndpoint.class, claim.endpointId(), LockModeType.PESSIMISTIC_WRITE);
            WebhookDelivery d = e == null ? null : em.find(WebhookDelivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
            if (d == null) {
                return; // the endpoint was deleted meanwhile
            }
            boolean current = d.status == WebhookDelivery.Status.PENDING && d.attempts == claim.attempt();
            Instant nextRetry = null;
            if (current && outcome.succeeded()) {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = attemptedAt;
                d.nextAttemptAt = null;
                e.failingSince = null;
            } else if (current) {
                nextRetry = settings.retrySchedule().nextAttempt(claim.attempt() - d.redeliveredAfter, attemptedAt,
                        ThreadLocalRandom.current()::nextDouble).orElse(null);
                d.nextAttemptAt = nextRetry;
                if (nextRetry == null) {
                    d.status = WebhookDelivery.Status.FAILED;
                }
                if (e.failingSince == null) {
                    e.failingSince = attemptedAt;
                } else if (e.status == WebhookEndpointStatus.ACTIVE
                        && !attemptedAt.isBefore(e.failingSince.plus(settings.disableAfter()))) {
                    e.status = WebhookEndpointStatus.DISABLED;
                    e.disabledAt = attemptedAt;
                    e.updatedAt = attemptedAt;
                    LOG.infof("webhook endpoint %s disabled: failing since %s", e.id, e.failingSince);
                    disabledNotice.disabled(e);
                }
            }
            ((org.hibernate.query.NativeQuery<?>) em.createNativeQuery("""
                            insert into webhook_attempt (id, delivery_id, endpoint_id, attempt, attempted_at, succeeded, status_code,
                                latency_ms, failure, next_retry_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                            on conflict (delivery_id, attempt) do nothing"""))
                    .setParameter(1, UUID.randomUUID()).setParameter(2, d.id).setParameter(3, e.id).setParameter(4, claim.attempt())
                    .setParameter(5, attemptedAt).setParameter(6, outcome.succeeded())
                    .setParameter(7, outcome.statusCode() == null ? null : outcome.statusCode(), Integer.class)
                    .setParameter(8, outcome.latencyMs())
                    .setParameter(9, outcome.failure() == null ? null : outcome.failure().name(), String.class)
                    .setParameter(10, nextRetry, Instant.class)
                    .executeUpdate();
        });
    }

    /**
     * Sends an event to an endpoint of the caller's organisation again: its delivery (the same {@code webhook-id} and
     * body) is due at once, with a fresh retry schedule. Only events already delivered to that endpoint (or tried).
     */
    public WebhookDelivery redeliver(WebhookEndpoint endpoint, UUID eventId) {
        List<WebhookDelivery> found = em.createQuery("from WebhookDelivery d where d.endpointId = :e and d.eventId = :ev", WebhookDelivery.class)
                .setParameter("e", endpoint.id).setParameter("ev", eventId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            throw new UserInputException("input.eventId", WebhookErrorCode.NOT_FOUND, "this event was never delivered to this endpoint");
        }
        WebhookDelivery d = found.get(0);
        d.status = WebhookDelivery.Status.PENDING;
        d.redeliveredAfter = d.attempts;
        d.nextAttemptAt = clock.now();
        d.deliveredAt = null;
        return d;
    }

    /** The delivery log of each endpoint, newest first: one page per endpoint, in one statement. */
    public Map<UUID, List<LoggedAttempt>> log(Collection<UUID> endpointIds, int first, Instant afterAt, UUID afterId) {
        Map<UUID, List<LoggedAttempt>> out = new java.util.HashMap<>();
        endpointIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (endpointIds.isEmpty()) {
            return out;
        }
        jakarta.persistence.Query query = em.createNativeQuery("""
                        select id, endpoint_id, delivery_id, event_id, event_type, attempt, attempted_at, succeeded, status_code, latency_ms,
                               failure, next_retry_at
                        from (select a.*, d.event_id, d.event_type,
                                     row_number() over (partition by a.endpoint_id order by a.attempted_at desc, a.id desc) as n
                              from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                              where a.endpoint_id in (?1)
                              %s) page
                        where n <= ?2
                        order by endpoint_id, attempted_at desc, id desc""".formatted(afterAt == null ? ""
                        : "and (a.attempted_at < ?3 or (a.attempted_at = ?3 and a.id < ?4))"))
                .setParameter(1, endpointIds).setParameter(2, first + 1);
        if (afterAt != null) {
            query.setParameter(3, afterAt).setParameter(4, afterId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            out.get((UUID) r[1]).add(new LoggedAttempt((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4],
                    ((Number) r[5]).intValue(), instant(r[6]), (Boolean) r[7], r[8] == null ? null : ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), r[10] == null ? null : DeliveryFailure.valueOf((String) r[10]), instant(r[11])));
        }
        return out;
    }

    /** Of these attempt ids, those of endpoints in {@code endpointIds}. */
    public List<LoggedAttempt> attempts(Collection<UUID> ids, Collection<UUID> endpointIds) {
        if (ids.isEmpty() || endpointIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a, d from WebhookAttempt a, WebhookDelivery d where d.id = a.deliveryId and a.id in :ids"
                        + " and a.endpointId in :e", Object[].class)
                .setParameter("ids", ids).setParameter("e", endpointIds).getResultList().stream().map(r -> {
                    WebhookAttempt a = (WebhookAttempt) r[0];
                    WebhookDelivery d = (WebhookDelivery) r[1];
                    return new LoggedAttempt(a.id, a.endpointId, a.deliveryId, d.eventId, d.eventType, a.attempt, a.attemptedAt,
                            a.succeeded, a.statusCode, a.latencyMs, a.failure, a.nextRetryAt);
                }).toList();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + o.getClass());
    }

    /** A line of the delivery log. */
    public record LoggedAttempt(UUID id, UUID endpointId, UUID deliveryId, UUID eventId, String eventType, int attempt,
                                Instant attemptedAt, boolean succeeded, Integer statusCode, int latencyMs,
                                DeliveryFailure failure, Instant nextRetryAt) {
    }
}
