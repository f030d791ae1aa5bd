package org.assay.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationService;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Adding and removing people. The operator manages anyone; an organisation's admins manage their own people. */
@ApplicationScoped
public class MembershipService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrganisationService organisations;

    public record NewPerson(UUID organisationId, String subject, String email, String displayName, boolean admin) {
    }

    public Membership add(NewPerson p) {
        UUID orgId = targetOrganisation(p.organisationId());
        Organisation org = organisations.find(orgId);
        Validation v = new Validation();
        String subject = blankToNull(p.subject());
        String email = blankToNull(p.email()) == null ? null : p.email().strip().toLowerCase(Locale.ROOT);
        if (subject == null && email == null) {
            v.add("input", "SUBJECT_OR_EMAIL_REQUIRED", "give the person's OIDC subject or verified email");
        }
        if (subject != null && !v.maxLength("input.subject", subject, 255)) {
            subject = null;
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            v.add("input.email", "INVALID_EMAIL", "not an email address");
        }
        if (subject != null && count("subject", subject) > 0) {
            v.add("input.subject", "ALREADY_MEMBER", "this person already belongs to an organisation (one organisation per person)");
        }
        if (email != null && count("email", email) > 0) {
            v.add("input.email", "ALREADY_MEMBER", "this email already belongs to a member of an organisation");
        }
        v.maxLength("input.displayName", p.displayName(), 200);
        v.throwIfAny();
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.organisationId = org.id;
        m.subject = subject;
        m.email = email;
        m.displayName = blankToNull(p.displayName());
        m.admin = p.admin();
        m.createdAt = clock.now();
        m.createdBy = caller.subject();
        em.persist(m);
        return m;
    }

    public Membership setAdmin(UUID membershipId, boolean admin) {
        Membership m = findManageable(membershipId);
        m.admin = admin;
        return m;
    }

    public Membership remove(UUID membershipId) {
        Membership m = findManageable(membershipId);
        if (caller.subject() != null && caller.subject().equals(m.subject)) {
            throw new UserInputException("input.membershipId", "CANNOT_REMOVE_SELF", "you cannot remove yourself");
        }
        em.remove(m);
        return m;
    }

    public List<Membership> people(UUID organisationId, PageRequest page) {
        var q = em.createQuery("from Membership m where m.organisationId = :org"
                        + (page.hasCursor() ? " and m.id > :after" : "") + " order by m.id", Membership.class)
                .setParameter("org", organisationId);
        if (page.hasCursor()) {
            q.setParameter("after", page.uuid(0));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public Membership mine() {
        if (caller.subject() == null) {
            return null;
        }
        List<Membership> found = em.createQuery("from Membership m where m.subject = :s", Membership.class)
                .setParameter("s", caller.subject()).setMaxResults(1).getResultList();
        if (found.isEmpty() && caller.email().isPresent() && caller.organisationIdIfAny().isPresent()) {
            found = em.createQuery("from Membership m where lower(m.email) = :e", Membership.class)
                    .setParameter("e", caller.email().get()).setMaxResults(1).getResultList();
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The operator names the organisation; an admin always acts on their own. */
    private UUID targetOrganisation(UUID requested) {
        if (caller.is(Role.OPERATOR)) {
            if (requested == null) {
                throw new UserInputException("input.organisationId", "REQUIRED", "the operator must say which organisation");
            }
            return requested;
        }
        requireAdmin();
        UUID own = caller.organisationId();
        if (requested != null && !requested.equals(own)) {
            throw new UserInputException("input.organisationId", "NOT_YOUR_ORGANISATION", "admins manage the people of their own organisation only");
        }
        return own;
    }

    private Membership findManageable(UUID id) {
        Membership m = id == null ? null : em.find(Membership.class, id);
        if (m == null || (!caller.is(Role.OPERATOR) && !m.organisationId.equals(caller.organisationId()))) {
            throw new UserInputException("input.membershipId", "NOT_FOUND", "no such person in your organisation");
        }
        if (!caller.is(Role.OPERATOR)) {
            requireAdmin();
        }
        return m;
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw new io.quarkus.security.ForbiddenException("only admins of the organisation manage its people");
        }
    }

    private long count(String column, String value) {
        String expr = column.equals("email") ? "lower(m.email)" : "m." + column;
        return em.createQuery("select count(m) from Membership m where " + expr + " = :v", Long.class)
                .setParameter("v", value).getSingleResult();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
