package org.assay.membership;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationService;
import org.assay.platform.Caller;
import org.assay.platform.IdentityChanges;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Adding, moving and removing people. A person is (issuer, {@code sub}) and belongs to one organisation (a unique index
 * holds it whatever the code does). The operator manages anyone and alone moves people between organisations; an
 * organisation's admins manage their own people, and never anyone of another organisation (the operator's included).
 * The last admin of an organisation and the last person of the operator organisation stay.
 */
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

    /** Every replica forgets the identities it kept when this transaction commits (and by V165's notification). */
    @Inject
    IdentityChanges identityChanges;

    /** {@code issuer} null: the caller's own issuer (the one identity provider the service trusts). */
    public record NewPerson(UUID organisationId, String issuer, String subject, String email, String displayName, boolean admin) {
    }

    /** The result of a move: the person and both organisations. */
    public record Move(Membership person, UUID from, UUID to) {
    }

    public Membership add(NewPerson p) {
        UUID orgId = targetOrganisation(p.organisationId());
        Organisation org = organisations.find(orgId);
        Validation v = new Validation();
        String subject = blankToNull(p.subject());
        String issuer = subject == null ? null : blankToNull(p.issuer()) == null ? caller.issuer() : p.issuer().strip();
        String email = blankToNull(p.email()) == null ? null : p.email().strip().toLowerCase(Locale.ROOT);
        if (subject == null && email == null) {
            v.add("input", MembershipErrorCode.SUBJECT_OR_EMAIL_REQUIRED, "give the person's OIDC subject (sub) or verified e-mail");
        }
        if (subject != null && !v.maxLength("input.subject", subject, 255)) {
            subject = null;
        }
        if (issuer != null && !v.maxLength("input.issuer", issuer, 255)) {
            subject = null;
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            v.add("input.email", MembershipErrorCode.INVALID_EMAIL, "not an e-mail address");
            email = null;
        }
        if (subject != null) {
            Membership existing = bySubject(issuer, subject);
            if (existing != null) {
                v.add("input.subject", sameOrOther(existing, org.id), existing.organisationId.equals(org.id)
                        ? "this person already belongs to this organisation"
                        : "this person belongs to another organisation (one organisation per person; the operator can move people)");
            }
        }
        if (email != null) {
            Membership existing = byEmail(email);
            if (existing != null) {
                v.add("input.email", sameOrOther(existing, org.id), existing.organisationId.equals(org.id)
                        ? "a person with this e-mail already belongs to this organisation"
                        : "a person with this e-mail belongs to another organisation (one organisation per person)");
            }
        }
        v.maxLength("input.displayName", p.displayName(), 200);
        v.throwIfAny();
        Membership m = new Membership();
        m.id = UUID.randomUUID();
        m.organisationId = org.id;
        m.issuer = subject == null ? null : issuer;
        m.subject = subject;
        m.email = email;
        m.displayName = blankToNull(p.displayName());
        m.admin = p.admin();
        m.createdAt = clock.now();
        m.createdBy = caller.principal();
        if (m.issuer != null) {
            m.boundAt = m.createdAt;
        }
        em.persist(m);
        identityChanges.changed();
        em.flush(); // the unique index decides a concurrent add of the same person here, inside the mutation
        return m;
    }

    public Membership setAdmin(UUID membershipId, boolean admin) {
        Membership m = findManageable(membershipId);
        if (!admin && m.admin) {
            requireAnotherAdmin(m);
        }
        m.admin = admin;
        identityChanges.changed();
        return m;
    }

    public Membership remove(UUID membershipId) {
        Membership m = findManageable(membershipId);
        if (isCaller(m)) {
            throw new UserInputException("input.membershipId", MembershipErrorCode.CANNOT_REMOVE_SELF, "you cannot remove yourself");
        }
        leaving(m);
        em.remove(m);
        identityChanges.changed();
        return m;
    }

    /** Operator only (the API's gate says so; checked here again): moves a person to another organisation. */
    public Move move(UUID membershipId, UUID toOrganisationId) {
        if (!caller.is(Role.OPERATOR)) {
            throw new ForbiddenException();
        }
        Membership m = membershipId == null ? null : em.find(Membership.class, membershipId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new UserInputException("input.personId", MembershipErrorCode.NOT_FOUND, "no such person");
        }
        Organisation to = toOrganisationId == null ? null : em.find(Organisation.class, toOrganisationId);
        if (to == null) {
            throw new UserInputException("input.toOrganisationId", MembershipErrorCode.NOT_FOUND, "no such organisation");
        }
        if (to.id.equals(m.organisationId)) {
            throw new UserInputException("input.toOrganisationId", MembershipErrorCode.SAME_ORGANISATION,
                    "the person already belongs to this organisation");
        }
        leaving(m);
        UUID from = m.organisationId;
        m.organisationId = to.id;
        m.admin = false;
        identityChanges.changed();
        return new Move(m, from, to.id);
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

    /** Of these memberships, those {@code people} shows the caller: its own organisation's; any for the operator. One statement. */
    public List<Membership> visible(java.util.Collection<UUID> ids) {
        boolean operator = caller.is(org.assay.platform.Role.OPERATOR);
        if (ids.isEmpty() || !caller.isMember()) {
            return List.of();
        }
        var q = em.createQuery("from Membership m where m.id in :ids" + (operator ? "" : " and m.organisationId = :org"), Membership.class)
                .setParameter("ids", ids);
        if (!operator) {
            q.setParameter("org", caller.organisationId());
        }
        return q.getResultList();
    }

    /** The caller's own membership record (bound to their issuer and sub at sign-in), or null. */
    public Membership mine() {
        if (caller.subject() == null) {
            return null;
        }
        return bySubject(caller.issuer(), caller.subject());
    }

    /** A person leaving an organisation (removed or moved) must not leave it without an admin, nor the platform without an operator. */
    private void leaving(Membership m) {
        Organisation org = em.find(Organisation.class, m.organisationId);
        if (org != null && org.kind == OrganisationKind.OPERATOR && countOperators() <= 1) {
            throw new UserInputException("input", MembershipErrorCode.LAST_OPERATOR, "the platform would be left without an operator");
        }
        if (m.admin) {
            requireAnotherAdmin(m);
        }
    }

    private void requireAnotherAdmin(Membership m) {
        // Lock the organisation's admins so two concurrent removals cannot each see the other as the remaining admin.
        em.createQuery("from Membership m where m.organisationId = :org and m.admin = true", Membership.class)
                .setParameter("org", m.organisationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (countPeople(m.organisationId, true) <= 1) {
            throw new UserInputException("input", MembershipErrorCode.LAST_ADMIN, "the organisation would be left without an admin");
        }
    }

    private long countPeople(UUID organisationId, boolean adminsOnly) {
        return em.createQuery("select count(m) from Membership m where m.organisationId = :org" + (adminsOnly ? " and m.admin = true" : ""),
                Long.class).setParameter("org", organisationId).getSingleResult();
    }

    /** People of every operator organisation (the IdP's bootstrap role is not counted: it is not a record of ours). */
    private long countOperators() {
        return em.createQuery("select count(m) from Membership m, Organisation o where o.id = m.organisationId and o.kind = :k", Long.class)
                .setParameter("k", OrganisationKind.OPERATOR).getSingleResult();
    }

    private boolean isCaller(Membership m) {
        return caller.subject() != null && caller.subject().equals(m.subject)
                && (m.issuer == null || m.issuer.equals(caller.issuer()));
    }

    private static MembershipErrorCode sameOrOther(Membership existing, UUID org) {
        return existing.organisationId.equals(org) ? MembershipErrorCode.ALREADY_MEMBER : MembershipErrorCode.PERSON_IN_OTHER_ORGANISATION;
    }

    /** The operator names the organisation; an admin always acts on their own. */
    private UUID targetOrganisation(UUID requested) {
        if (caller.is(Role.OPERATOR)) {
            if (requested == null) {
                throw new UserInputException("input.organisationId", MembershipErrorCode.REQUIRED, "the operator must say which organisation");
            }
            if (em.find(Organisation.class, requested) == null) {
                throw new UserInputException("input.organisationId", MembershipErrorCode.NOT_FOUND, "no such organisation");
            }
            return requested;
        }
        requireAdmin();
        UUID own = caller.organisationId();
        if (requested != null && !requested.equals(own)) {
            throw new UserInputException("input.organisationId", MembershipErrorCode.NOT_YOUR_ORGANISATION,
                    "admins manage the people of their own organisation only");
        }
        return own;
    }

    /** A person the caller may manage; any other (another organisation's, the operator's) answers as an unknown id. */
    private Membership findManageable(UUID id) {
        Membership m = id == null ? null : em.find(Membership.class, id);
        if (m == null || (!caller.is(Role.OPERATOR) && !m.organisationId.equals(caller.organisationId()))) {
            throw new UserInputException("input.membershipId", MembershipErrorCode.NOT_FOUND, "no such person in your organisation");
        }
        if (!caller.is(Role.OPERATOR)) {
            requireAdmin();
        }
        return m;
    }

    private void requireAdmin() {
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only admins of your organisation may manage its people");
        }
    }

    private Membership bySubject(String issuer, String subject) {
        List<Membership> found = em.createQuery("from Membership m where m.subject = :s and (m.issuer = :i or m.issuer is null)",
                Membership.class).setParameter("s", subject).setParameter("i", issuer).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Membership byEmail(String email) {
        List<Membership> found = em.createQuery("from Membership m where lower(m.email) = :e", Membership.class)
                .setParameter("e", email).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
