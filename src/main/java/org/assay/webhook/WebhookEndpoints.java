package org.assay.webhook;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An organisation's webhook endpoints, managed by its admins — and the one home of their access rule: an endpoint is
 * seen and managed by the admins of the organisation that owns it, nobody else (not even the operator: it holds a
 * secret and the organisation's integration). Another organisation's endpoint answers exactly as an unknown id.
 */
@ApplicationScoped
public class WebhookEndpoints {

    /** At most this many endpoints per organisation. */
    static final int MAX_ENDPOINTS = 20;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookSecrets secrets;

    /** A new endpoint and its signing secret, shown this once. */
    public record Registered(WebhookEndpoint endpoint, SigningSecret secret) {
    }

    public Registered register(String url, String description, List<String> eventTypes) {
        UUID organisation = adminsOrganisation();
        Validation v = new Validation();
        String u = url == null ? null : url.strip();
        if (v.required("input.url", u) && v.maxLength("input.url", u, 2000)) {
            checkUrl(v, "input.url", u);
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        v.maxLength("input.description", d, 500);
        long count = em.createQuery("select count(e) from WebhookEndpoint e where e.organisationId = :o", Long.class)
                .setParameter("o", organisation).getSingleResult();
        if (count >= MAX_ENDPOINTS) {
            v.add("input", WebhookErrorCode.TOO_MANY_ENDPOINTS, "an organisation has at most " + MAX_ENDPOINTS + " webhook endpoints");
        }
        v.throwIfAny();
        SigningSecret secret = SigningSecret.generate();
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID();
        e.organisationId = organisation;
        e.url = u;
        e.description = d;
        e.eventTypes = eventTypes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(eventTypes.stream().distinct().sorted().toList());
        e.status = WebhookEndpointStatus.ACTIVE;
        secrets.seal(e, secret, null);
        // a new endpoint receives the events committed from now on (platform.outbox's sequencer: the last position given)
        e.lastPosition = ((Number) em.createNativeQuery("select last_position from outbox_sequencer").getSingleResult()).longValue();
        e.createdAt = clock.now();
        e.updatedAt = e.createdAt;
        em.persist(e);
        return new Registered(e, secret);
    }

    /** A new secret; the previous one stays valid (both signatures are sent) for {@code assay.webhooks.secret-overlap}. */
    public Registered rotateSecret(UUID id) {
        WebhookEndpoint e = mine(id);
        SigningSecret secret = SigningSecret.generate();
        SigningSecret previous = secrets.current(e);
        e.previousSecretUntil = clock.now().plus(settings.secretOverlap());
        secrets.seal(e, secret, previous);
        e.updatedAt = clock.now();
        return new Registered(e, secret);
    }

    public WebhookEndpoint pause(UUID id) {
        WebhookEndpoint e = mine(id);
        if (e.status == WebhookEndpointStatus.PAUSED) {
            throw new UserInputException("input.endpointId", WebhookErrorCode.ALREADY_PAUSED, "the endpoint is already paused");
        }
        e.status = WebhookEndpointStatus.PAUSED;
        e.updatedAt = clock.now();
        return e;
    }

    /** Active again (after a pause, or after the platform disabled it); its queued deliveries are due at once. */
    public WebhookEndpoint resume(UUID id) {
        WebhookEndpoint e = mine(id);
        if (e.status == WebhookEndpointStatus.ACTIVE) {
            throw new UserInputException("input.endpointId", WebhookErrorCode.ALREADY_ACTIVE, "the endpoint is already active");
        }
        e.status = WebhookEndpointStatus.ACTIVE;
        e.failingSince = null;
        e.disabledAt = null;
        e.updatedAt = clock.now();
        return e;
    }

    /** Deletes the endpoint with its deliveries and their log. */
    public WebhookEndpoint delete(UUID id) {
        WebhookEndpoint e = mine(id);
        em.remove(e);
        return e;
    }

    /** The caller's organisation's endpoints, oldest first (admins only). */
    public List<WebhookEndpoint> list(PageRequest page) {
        UUID organisation = adminsOrganisation();
        String jpql = "from WebhookEndpoint e where e.organisationId = :o"
                + (page.hasCursor() ? " and (e.createdAt > :at or (e.createdAt = :at and e.id > :id))" : "")
                + " order by e.createdAt, e.id";
        TypedQuery<WebhookEndpoint> q = em.createQuery(jpql, WebhookEndpoint.class).setParameter("o", organisation);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0)).setParameter("id", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public static String cursorOf(WebhookEndpoint e) {
        return PageRequest.encode(e.createdAt.toString(), e.id.toString());
    }

    /** Of these ids, the endpoints the caller may see (an admin's own organisation's), in one statement. */
    public List<WebhookEndpoint> visible(Collection<UUID> ids) {
        Optional<UUID> organisation = caller.organisationIdIfAny();
        if (ids.isEmpty() || organisation.isEmpty() || !caller.isAdmin()) {
            return List.of();
        }
        return em.createQuery("from WebhookEndpoint e where e.id in :ids and e.organisationId = :o", WebhookEndpoint.class)
                .setParameter("ids", ids).setParameter("o", organisation.get()).getResultList();
    }

    /** Every endpoint the caller may see (an admin's own organisation's; at most {@value #MAX_ENDPOINTS}). */
    public List<WebhookEndpoint> mineAll() {
        Optional<UUID> organisation = caller.organisationIdIfAny();
        if (organisation.isEmpty() || !caller.isAdmin()) {
            return List.of();
        }
        return em.createQuery("from WebhookEndpoint e where e.organisationId = :o", WebhookEndpoint.class)
                .setParameter("o", organisation.get()).getResultList();
    }

    /** For mutations: the caller's organisation's endpoint, locked; anything else is the user error NOT_FOUND. */
    public WebhookEndpoint mine(UUID id) {
        UUID organisation = adminsOrganisation();
        WebhookEndpoint e = id == null ? null : em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !e.organisationId.equals(organisation)) {
            throw new UserInputException("input.endpointId", WebhookErrorCode.NOT_FOUND, "no webhook endpoint of your organisation has this id");
        }
        return e;
    }

    private UUID adminsOrganisation() {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only admins of your organisation may manage its webhooks");
        }
        return caller.organisationId();
    }

    private void checkUrl(Validation v, String field, String url) {
        settings.targetRule().checkUrl(url).ifPresent(r -> {
            switch (r) {
                case MALFORMED -> v.add(field, WebhookErrorCode.INVALID_URL, "the URL must be an absolute https URL with a host, without user info or fragment");
                case NOT_HTTPS -> v.add(field, WebhookErrorCode.HTTPS_REQUIRED, "webhooks are sent over https only");
                case FORBIDDEN_ADDRESS -> v.add(field, WebhookErrorCode.FORBIDDEN_TARGET, "the URL names a private, loopback or otherwise internal address");
            }
        });
    }
}
