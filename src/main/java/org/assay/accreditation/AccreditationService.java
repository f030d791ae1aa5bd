package org.assay.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.assay.framework.AssessmentMethod;
import org.assay.organisation.Identifiers;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;
import org.assay.supplier.Mineral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accreditation of assessment bodies (by the operator), conflicts of interest (declared by bodies and suppliers), and
 * the eligibility rules the assignment of assessments relies on: {@link #problems} and {@link #eligibleBodies}.
 */
@ApplicationScoped
public class AccreditationService {

    /** First key of the per-declarer advisory lock that serialises declarations. */
    private static final int DECLARATION_LOCK = 0x4163_0001;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_REASON = 1000;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The scope and period of a new accreditation, as given by the operator. */
    public record Grant(UUID bodyId, List<AssessmentMethod> methods, List<Mineral> minerals, List<String> countries,
                        LocalDate validFrom, LocalDate validUntil) {
    }

    /** An accreditation with its body's name. */
    public record Listed(Accreditation accreditation, String bodyName) {
    }

    /** A declaration with both parties. */
    public record Declared(ConflictDeclaration declaration, Party declarer, Party counterparty) {
    }

    public record Party(UUID id, String name, OrganisationKind kind) {
    }

    // ---- eligibility (called by assessment assignment) ----

    /**
     * Why {@code bodyId} may not be assigned to assess {@code supplierId} by {@code method} for {@code minerals} in
     * {@code country} on {@code on}; empty when it may. {@code country} null means the supplier's country of
     * registration. Rotation (the last audits of the supplier) is for the caller to check: it knows the assessments.
     */
    @Transactional
    public List<EligibilityProblem> problems(UUID bodyId, UUID supplierId, AssessmentMethod method, Set<Mineral> minerals,
                                             String country, LocalDate on) {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(on, "on");
        Set<Mineral> assessed = minerals == null ? Set.of() : minerals;
        List<EligibilityProblem> problems = new ArrayList<>();
        Organisation body = em.find(Organisation.class, bodyId);
        if (body == null || body.kind != OrganisationKind.ASSESSMENT_BODY) {
            problems.add(new EligibilityProblem(EligibilityProblem.Code.NOT_ACCREDITED, "this organisation is not an assessment body"));
            return problems;
        }
        if (body.status != OrganisationStatus.ACTIVE) {
            problems.add(new EligibilityProblem(EligibilityProblem.Code.BODY_SUSPENDED, body.name + " is suspended on the platform"));
        }
        String where = country != null ? country.toUpperCase(Locale.ROOT) : supplierCountry(supplierId);
        List<AccreditationScope> scopes = em.createQuery("from Accreditation a where a.bodyId = :body", Accreditation.class)
                .setParameter("body", bodyId).getResultList().stream().map(Accreditation::scope).toList();
        AccreditationScope.whyNotCovered(scopes, method, assessed, where, on).ifPresent(why ->
                problems.add(new EligibilityProblem(EligibilityProblem.Code.NOT_ACCREDITED, body.name + ": " + why)));
        List<ConflictDeclaration> conflicts = em.createQuery("from ConflictDeclaration c where (c.declarerId = :body and "
                        + "c.counterpartyId = :supplier) or (c.declarerId = :supplier and c.counterpartyId = :body) order by c.declaredAt",
                        ConflictDeclaration.class)
                .setParameter("body", bodyId).setParameter("supplier", supplierId).getResultList();
        if (!conflicts.isEmpty()) {
            String declared = conflicts.stream()
                    .map(c -> (c.declarerId.equals(bodyId) ? "the body" : "the supplier") + " declared " + c.kind)
                    .distinct().collect(Collectors.joining(", "));
            problems.add(new EligibilityProblem(EligibilityProblem.Code.CONFLICT_OF_INTEREST,
                    body.name + " has a declared conflict of interest with this supplier: " + declared));
        }
        return problems;
    }

    /**
     * The active assessment bodies that may be assigned to assess {@code supplierId} (same rules as {@link #problems}),
     * by name, in one SQL statement.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> eligibleBodies(UUID supplierId, AssessmentMethod method, Set<Mineral> minerals, String country, LocalDate on) {
        Objects.requireNonNull(supplierId, "supplierId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(on, "on");
        String assessed = (minerals == null ? Set.<Mineral>of() : minerals).stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        List<Object> ids = em.createNativeQuery("""
                        select a.body_id
                          from accreditation a
                          join organisation b on b.id = a.body_id
                         where b.kind = 'ASSESSMENT_BODY' and b.status = 'ACTIVE'
                           and a.withdrawn_at is null
                           and a.valid_from <= cast(?1 as date) and a.valid_until >= cast(?1 as date)
                           and cast(?2 as text) = any (a.methods)
                           and (cardinality(a.minerals) = 0 or a.minerals @> string_to_array(cast(?3 as text), ','))
                           and (cardinality(a.countries) = 0 or coalesce(cast(?4 as text),
                                (select s.country from organisation s where s.id = cast(?5 as uuid))) = any (a.countries))
                           and not exists (select 1 from conflict_declaration c
                                            where (c.declarer_id = a.body_id and c.counterparty_id = cast(?5 as uuid))
                                               or (c.declarer_id = cast(?5 as uuid) and c.counterparty_id = a.body_id))
                         group by a.body_id, b.name
                         order by lower(b.name), a.body_id""")
                .setParameter(1, on)
                .setParameter(2, method.name())
                .setParameter(3, assessed)
                .setParameter(4, country == null ? null : country.toUpperCase(Locale.ROOT))
                .setParameter(5, supplierId)
                .getResultList();
        return ids.stream().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).toList();
    }

    // ---- accreditation (operator) ----

    public Listed accredit(Grant g) {
        Validation v = new Validation();
        Organisation body = g.bodyId() == null ? null : em.find(Organisation.class, g.bodyId());
        if (body == null) {
            v.add("input.bodyId", AccreditationErrorCode.NOT_FOUND, "no organisation with this id");
        } else if (body.kind != OrganisationKind.ASSESSMENT_BODY) {
            v.add("input.bodyId", AccreditationErrorCode.NOT_AN_ASSESSMENT_BODY, "only assessment bodies are accredited; this is a " + body.kind);
        }
        EnumSet<AssessmentMethod> methods = EnumSet.noneOf(AssessmentMethod.class);
        if (g.methods() != null) g.methods().stream().filter(Objects::nonNull).forEach(methods::add);
        if (methods.isEmpty()) {
            v.add("input.methods", AccreditationErrorCode.REQUIRED, "give at least one assessment method");
        }
        EnumSet<Mineral> minerals = EnumSet.noneOf(Mineral.class);
        if (g.minerals() != null) g.minerals().stream().filter(Objects::nonNull).forEach(minerals::add);
        Set<String> countries = new LinkedHashSet<>();
        List<String> given = g.countries() == null ? List.of() : g.countries();
        for (int i = 0; i < given.size(); i++) {
            String c = given.get(i) == null ? null : given.get(i).strip().toUpperCase(Locale.ROOT);
            if (!Identifiers.isValidCountry(c)) {
                v.add("input.countries." + i, AccreditationErrorCode.INVALID_COUNTRY, "country must be an ISO 3166-1 alpha-2 code such as CD or CN");
            } else {
                countries.add(c);
            }
        }
        v.required("input.validFrom", g.validFrom());
        v.required("input.validUntil", g.validUntil());
        if (g.validFrom() != null && g.validUntil() != null) {
            if (g.validUntil().isBefore(g.validFrom())) {
                v.add("input.validUntil", AccreditationErrorCode.INVALID_PERIOD, "validUntil must not be before validFrom");
            } else if (g.validUntil().isBefore(clock.today())) {
                v.add("input.validUntil", AccreditationErrorCode.ALREADY_EXPIRED, "this period ended before today");
            }
        }
        v.throwIfAny();
        Accreditation a = new Accreditation();
        a.id = UUID.randomUUID();
        a.bodyId = body.id;
        a.methods = new ArrayList<>(methods.stream().map(Enum::name).toList());
        a.minerals = new ArrayList<>(minerals.stream().map(Enum::name).toList());
        a.countries = new ArrayList<>(countries.stream().sorted().toList());
        a.validFrom = g.validFrom();
        a.validUntil = g.validUntil();
        a.accreditedAt = clock.now();
        a.accreditedBy = caller.subject();
        em.persist(a);
        return new Listed(a, body.name);
    }

    public Listed withdraw(UUID accreditationId, String reason) {
        Accreditation a = accreditationId == null ? null : em.find(Accreditation.class, accreditationId);
        Validation v = new Validation();
        if (a == null) {
            throw new UserInputException("input.accreditationId", AccreditationErrorCode.NOT_FOUND, "no accreditation with this id");
        }
        if (a.withdrawnAt != null) {
            v.add("input.accreditationId", AccreditationErrorCode.ALREADY_WITHDRAWN, "this accreditation was withdrawn on " + a.withdrawnAt);
        }
        String why = reason == null ? null : reason.strip();
        if (v.required("input.reason", why)) {
            v.maxLength("input.reason", why, MAX_REASON);
        }
        v.throwIfAny();
        a.withdrawnAt = clock.now();
        a.withdrawnBy = caller.subject();
        a.withdrawalReason = why;
        return new Listed(a, em.find(Organisation.class, a.bodyId).name);
    }

    /**
     * The read rule of accreditations, one home for the listing and {@code node(id:)}: the operator reads every
     * accreditation, an assessment body its own, nobody else. Empty when the caller reads none; else the body the
     * caller is restricted to (null: any).
     */
    private Optional<Optional<UUID>> accreditationReader() {
        if (caller.is(Role.OPERATOR)) return Optional.of(Optional.empty());
        if (caller.is(Role.ASSESSOR)) return Optional.of(Optional.of(caller.organisationId()));
        return Optional.empty();
    }

    /** The accreditations with these ids that the caller may read ({@link #accreditationReader}), in one statement. */
    public List<Listed> accreditationsById(Collection<UUID> ids) {
        Optional<Optional<UUID>> reader = accreditationReader();
        if (ids.isEmpty() || reader.isEmpty()) return List.of();
        UUID body = reader.get().orElse(null);
        TypedQuery<Object[]> q = em.createQuery("select a, o.name from Accreditation a join Organisation o on o.id = a.bodyId "
                + "where a.id in :ids" + (body == null ? "" : " and a.bodyId = :body"), Object[].class).setParameter("ids", ids);
        if (body != null) q.setParameter("body", body);
        return q.getResultList().stream().map(r -> new Listed((Accreditation) r[0], (String) r[1])).toList();
    }

    /** Accreditations, newest first. The operator sees all (optionally of one body); a body only its own. */
    public List<Listed> accreditations(UUID bodyFilter, LocalDate activeOn, PageRequest page) {
        Optional<Optional<UUID>> reader = accreditationReader();
        if (reader.isEmpty()) return List.of();
        UUID body = reader.get().orElse(bodyFilter);
        StringBuilder jpql = new StringBuilder("select a, o.name from Accreditation a join Organisation o on o.id = a.bodyId where 1 = 1");
        if (body != null) jpql.append(" and a.bodyId = :body");
        if (activeOn != null) jpql.append(" and a.withdrawnAt is null and a.validFrom <= :on and a.validUntil >= :on");
        if (page.hasCursor()) jpql.append(" and (a.accreditedAt < :at or (a.accreditedAt = :at and a.id < :afterId))");
        jpql.append(" order by a.accreditedAt desc, a.id desc");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        if (body != null) q.setParameter("body", body);
        if (activeOn != null) q.setParameter("on", activeOn);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("afterId", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList().stream()
                .map(r -> new Listed((Accreditation) r[0], (String) r[1])).toList();
    }

    public static String cursorOf(Listed l) {
        return PageRequest.encode(l.accreditation().accreditedAt.toString(), l.accreditation().id.toString());
    }

    // ---- conflicts of interest (bodies and suppliers) ----

    /**
     * The caller's organisation declares a conflict of interest with {@code counterpartyId}: a supplier when the caller
     * is an assessment body, an assessment body when the caller is a supplier.
     */
    public Declared declare(UUID counterpartyId, ConflictKind kind, String description) {
        UUID declarer = caller.organisationId();
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, DECLARATION_LOCK).setParameter(2, declarer.toString()).getSingleResult();
        OrganisationKind expected = caller.is(Role.SUPPLIER) ? OrganisationKind.ASSESSMENT_BODY : OrganisationKind.SUPPLIER;
        Validation v = new Validation();
        Organisation counterparty = counterpartyId == null ? null : em.find(Organisation.class, counterpartyId);
        if (counterparty == null || counterparty.kind != expected) {
            // The same answer for "unknown" and "wrong kind": a declaration reveals nothing about other organisations.
            v.add("input.counterpartyId", AccreditationErrorCode.NOT_FOUND, expected == OrganisationKind.SUPPLIER
                    ? "no supplier with this id" : "no assessment body with this id");
        }
        v.required("input.kind", kind);
        String text = description == null ? null : description.strip();
        if (v.required("input.description", text)) {
            v.maxLength("input.description", text, MAX_DESCRIPTION);
        }
        if (v.ok() && em.createQuery("select count(c) from ConflictDeclaration c where c.declarerId = :d and c.counterpartyId = :c "
                        + "and c.kind = :k", Long.class)
                .setParameter("d", declarer).setParameter("c", counterpartyId).setParameter("k", kind).getSingleResult() > 0) {
            v.add("input.kind", AccreditationErrorCode.ALREADY_DECLARED, "you already declared a conflict of this kind with this organisation");
        }
        v.throwIfAny();
        ConflictDeclaration c = new ConflictDeclaration();
        c.id = UUID.randomUUID();
        c.declarerId = declarer;
        c.counterpartyId = counterparty.id;
        c.kind = kind;
        c.description = text;
        c.declaredAt = clock.now();
        c.declaredBy = caller.subject();
        em.persist(c);
        Organisation self = em.find(Organisation.class, declarer);
        return new Declared(c, new Party(self.id, self.name, self.kind), new Party(counterparty.id, counterparty.name, counterparty.kind));
    }

    /**
     * Declarations, newest first. The operator sees all (optionally those involving one organisation, on either side);
     * bodies and suppliers see the declarations their own organisation made.
     */
    public List<Declared> declarations(UUID involving, PageRequest page) {
        if (!readsDeclarations()) return List.of();
        boolean operator = caller.is(Role.OPERATOR);
        StringBuilder jpql = new StringBuilder(DECLARED + " where 1 = 1");
        if (!operator) jpql.append(" and c.declarerId = :own");
        if (operator && involving != null) jpql.append(" and (c.declarerId = :org or c.counterpartyId = :org)");
        if (page.hasCursor()) jpql.append(" and (c.declaredAt < :at or (c.declaredAt = :at and c.id < :afterId))");
        jpql.append(" order by c.declaredAt desc, c.id desc");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        if (!operator) q.setParameter("own", caller.organisationId());
        if (operator && involving != null) q.setParameter("org", involving);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("afterId", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList().stream().map(AccreditationService::declared).toList();
    }

    private static final String DECLARED = "select c, d.name, d.kind, p.name, p.kind from ConflictDeclaration c "
            + "join Organisation d on d.id = c.declarerId join Organisation p on p.id = c.counterpartyId";

    private static Declared declared(Object[] r) {
        ConflictDeclaration c = (ConflictDeclaration) r[0];
        return new Declared(c, new Party(c.declarerId, (String) r[1], (OrganisationKind) r[2]),
                new Party(c.counterpartyId, (String) r[3], (OrganisationKind) r[4]));
    }

    /**
     * The read rule of declarations, one home for the listing and {@code node(id:)}: the operator reads all, an
     * assessment body or a supplier those its own organisation made, members none.
     */
    private boolean readsDeclarations() {
        return caller.is(Role.OPERATOR) || caller.is(Role.ASSESSOR) || caller.is(Role.SUPPLIER);
    }

    /** The declarations with these ids that the caller may read ({@link #readsDeclarations}), in one statement. */
    public List<Declared> declarationsById(Collection<UUID> ids) {
        if (ids.isEmpty() || !readsDeclarations()) return List.of();
        boolean operator = caller.is(Role.OPERATOR);
        TypedQuery<Object[]> q = em.createQuery(DECLARED + " where c.id in :ids" + (operator ? "" : " and c.declarerId = :own"), Object[].class)
                .setParameter("ids", ids);
        if (!operator) q.setParameter("own", caller.organisationId());
        return q.getResultList().stream().map(AccreditationService::declared).toList();
    }

    public static String cursorOf(Declared d) {
        return PageRequest.encode(d.declaration().declaredAt.toString(), d.declaration().id.toString());
    }

    // ---- internals ----

    private String supplierCountry(UUID supplierId) {
        Organisation supplier = em.find(Organisation.class, supplierId);
        return supplier == null ? null : supplier.country;
    }
}
