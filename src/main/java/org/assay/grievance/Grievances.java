package org.assay.grievance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The complainant's side of the mechanism, without an account: filing (receipt with a one-time follow-up code), and
 * following up with the code (status, the complainant's channel of messages, replying). Abuse limits per address and
 * in total ({@link AbuseLimits}); a case locks after repeated wrong codes.
 */
@ApplicationScoped
public class Grievances {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_LOCATION = 500;
    public static final int MAX_OCCURRED = 200;
    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    GrievanceProtection protection;

    @Inject
    AbuseLimits abuse;

    @Inject
    GrievanceConfig config;

    @Inject
    CurrentVertxRequest request;

    @Inject
    GrievanceEvents events;

    /** What a complainant files. {@code name}, {@code contact} and {@code privateDetails} are protected. */
    public record Filing(UUID supplierId, UUID siteId, GrievanceCategory category, String description, String location,
                         String occurred, GrievanceLanguage language, boolean anonymous, String name, String contact,
                         String privateDetails) {
        @Override
        public String toString() {
            return "Filing[supplier=" + supplierId + ", category=" + category + ", protected fields redacted]";
        }
    }

    /** The receipt: the grievance and its follow-up code, which is shown this once and never stored. */
    public record Receipt(Grievance grievance, String followUpCode) {
        @Override
        public String toString() {
            return "Receipt[" + grievance.reference + "]";
        }
    }

    /** Files a grievance (inside the caller's transaction). Throws {@link UserInputException} with every problem. */
    public Receipt file(Filing f) {
        if (!abuse.take(new AbuseLimits.Limit("file:addr:" + address(), config.limits().filingsPerAddressPerHour()),
                new AbuseLimits.Limit("file:all", config.limits().filingsPerHour()))) {
            throw new UserInputException(null, GrievanceErrorCode.RATE_LIMITED,
                    "Too many grievances were filed from here or in total this hour; please try again later");
        }
        Validation v = new Validation();
        if (f.supplierId() == null) {
            v.add("input.supplierId", GrievanceErrorCode.REQUIRED, "choose the supplier the grievance is about");
        } else if (!activeSupplier(f.supplierId())) {
            v.add("input.supplierId", GrievanceErrorCode.UNKNOWN_SUPPLIER, "no active supplier with this id");
        } else if (f.siteId() != null && !siteOf(f.siteId(), f.supplierId())) {
            v.add("input.siteId", GrievanceErrorCode.UNKNOWN_SUPPLIER, "this site does not belong to the supplier");
        }
        if (f.category() == null) {
            v.add("input.category", GrievanceErrorCode.REQUIRED, "choose what the concern is about");
        }
        if (f.language() == null) {
            v.add("input.language", GrievanceErrorCode.REQUIRED, "the language of the grievance is required");
        }
        String description = text(v, "input.description", f.description(), MAX_TEXT, true);
        String location = text(v, "input.location", f.location(), MAX_LOCATION, false);
        String occurred = text(v, "input.occurred", f.occurred(), MAX_OCCURRED, false);
        String name = text(v, "input.complainant.name", f.name(), MAX_NAME, false);
        String contact = text(v, "input.complainant.contact", f.contact(), MAX_CONTACT, false);
        String privateDetails = text(v, "input.complainant.privateDetails", f.privateDetails(), MAX_TEXT, false);
        if (f.anonymous() && name != null) {
            v.add("input.complainant.name", GrievanceErrorCode.INVALID, "leave the name empty to stay anonymous");
        }
        v.throwIfAny();

        Instant now = clock.now();
        Grievance g = new Grievance();
        g.id = UUID.randomUUID();
        g.reference = uniqueReference();
        g.supplierId = f.supplierId();
        g.siteId = f.siteId();
        g.category = f.category();
        g.description = description;
        g.location = location;
        g.occurred = occurred;
        g.language = f.language();
        g.anonymous = f.anonymous();
        protection.seal(g, new ProtectedFields(name, contact, privateDetails));
        g.stage = GrievanceStage.RECEIVED;
        g.severity = f.category() == GrievanceCategory.RETALIATION ? GrievanceSeverity.CRITICAL : GrievanceSeverity.MEDIUM;
        String code = FollowUpCode.newCode();
        g.followUpHash = FollowUpCode.digest(code);
        g.filedAt = now;
        g.updatedAt = now;
        em.persist(g);
        step(g, GrievanceStage.RECEIVED.name(), null, null);
        events.received(g);
        return new Receipt(g, code);
    }

    /** How a follow-up attempt went. */
    public enum Check { OK, WRONG_CODE, LOCKED }

    /** The result of a follow-up attempt: the grievance only when the code matched. */
    public record Attempt(Check check, Grievance grievance) {
    }

    /**
     * Checks a reference and code. An unknown reference and a wrong code answer the same ({@link Check#WRONG_CODE});
     * wrong codes are counted on the case in a transaction of their own (they stay counted whatever the request does),
     * and the case locks after {@code wrongCodesBeforeLockout} of them. Attempts are rate-limited per address and in total.
     */
    public Attempt attempt(String reference, String code) {
        if (!abuse.take(new AbuseLimits.Limit("follow:addr:" + address(), config.limits().followUpsPerAddressPerHour()),
                new AbuseLimits.Limit("follow:all", config.limits().followUpsPerHour()))) {
            return new Attempt(Check.LOCKED, null);
        }
        String normal = FollowUpCode.normaliseReference(reference);
        List<Grievance> found = normal == null ? List.of() : em.createQuery("from Grievance g where g.reference = :r", Grievance.class)
                .setParameter("r", normal).getResultList();
        if (found.isEmpty()) {
            FollowUpCode.matches(code, FollowUpCode.digest("")); // the same work as for a known case
            return new Attempt(Check.WRONG_CODE, null);
        }
        Grievance g = found.get(0);
        Instant now = clock.now();
        if (g.lockedUntil != null && g.lockedUntil.isAfter(now)) {
            return new Attempt(Check.LOCKED, null);
        }
        if (!FollowUpCode.matches(code, g.followUpHash)) {
            boolean locked = QuarkusTransaction.requiringNew().call(() -> countWrongCode(g.id, now));
            return new Attempt(locked ? Check.LOCKED : Check.WRONG_CODE, null);
        }
        if (g.failedAttempts > 0 || g.lockedUntil != null) {
            g.failedAttempts = 0;
            g.lockedUntil = null;
        }
        return new Attempt(Check.OK, g);
    }

    private boolean countWrongCode(UUID id, Instant now) {
        Grievance g = em.find(Grievance.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        g.failedAttempts++;
        if (g.failedAttempts >= config.limits().wrongCodesBeforeLockout()) {
            g.failedAttempts = 0;
            g.lockedUntil = now.plus(config.limits().lockout());
            return true;
        }
        return false;
    }

    /** The complainant's reply, after a successful {@link #attempt}. */
    public GrievanceMessage reply(Grievance g, String body) {
        Validation v = new Validation();
        String text = text(v, "input.message", body, MAX_TEXT, true);
        v.throwIfAny();
        return message(g, MessageChannel.COMPLAINANT, MessageAuthor.COMPLAINANT, text, null);
    }

    /** The complainant's channel, oldest first. */
    public List<GrievanceMessage> complainantMessages(UUID grievanceId) {
        return em.createQuery("from GrievanceMessage m where m.grievanceId = :g and m.channel = :c order by m.sentAt, m.id",
                GrievanceMessage.class).setParameter("g", grievanceId).setParameter("c", MessageChannel.COMPLAINANT).getResultList();
    }

    GrievanceMessage message(Grievance g, MessageChannel channel, MessageAuthor author, String body, String subject) {
        GrievanceMessage m = new GrievanceMessage();
        m.id = UUID.randomUUID();
        m.grievanceId = g.id;
        m.channel = channel;
        m.author = author;
        m.body = body;
        m.authorSubject = subject;
        m.sentAt = clock.now();
        em.persist(m);
        g.updatedAt = m.sentAt;
        return m;
    }

    void step(Grievance g, String stage, String note, String subject) {
        GrievanceStep s = new GrievanceStep();
        s.id = UUID.randomUUID();
        s.grievanceId = g.id;
        s.stage = stage;
        s.note = note;
        s.bySubject = subject;
        s.at = clock.now();
        em.persist(s);
    }

    /** A required or optional plain text, cleaned; adds REQUIRED / TOO_LONG / MARKUP_NOT_ALLOWED. */
    static String text(Validation v, String field, String raw, int max, boolean required) {
        String s = PlainText.clean(raw);
        if (s == null) {
            if (required) {
                v.add(field, GrievanceErrorCode.REQUIRED, field + " is required");
            }
            return null;
        }
        if (s.length() > max) {
            v.add(field, GrievanceErrorCode.TOO_LONG, field + " must be at most " + max + " characters");
            return null;
        }
        if (!PlainText.acceptable(s)) {
            v.add(field, GrievanceErrorCode.MARKUP_NOT_ALLOWED, field + " must be plain text, without HTML markup or control characters");
            return null;
        }
        return s;
    }

    private String uniqueReference() {
        for (int i = 0; i < 10; i++) {
            String r = FollowUpCode.newReference();
            if (em.createQuery("select count(g) from Grievance g where g.reference = :r", Long.class).setParameter("r", r)
                    .getSingleResult() == 0) {
                return r;
            }
        }
        throw new IllegalStateException("no free grievance reference");
    }

    private boolean activeSupplier(UUID id) {
        Organisation o = em.find(Organisation.class, id);
        return o != null && o.kind == OrganisationKind.SUPPLIER && o.status == OrganisationStatus.ACTIVE;
    }

    private boolean siteOf(UUID siteId, UUID supplierId) {
        return ((Number) em.createNativeQuery("select count(*) from supplier_site where id = ?1 and supplier_id = ?2 and archived_at is null")
                .setParameter(1, siteId).setParameter(2, supplierId).getSingleResult()).longValue() > 0;
    }

    /** The caller's network address (behind a proxy: as the HTTP layer's forwarding settings say). */
    String address() {
        try {
            var ctx = request.getCurrent();
            if (ctx != null && ctx.request().remoteAddress() != null) {
                return ctx.request().remoteAddress().hostAddress();
            }
        } catch (RuntimeException ignored) {
            // no HTTP request (not expected for public operations)
        }
        return "unknown";
    }
}
