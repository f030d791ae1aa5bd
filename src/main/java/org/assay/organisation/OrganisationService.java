package org.assay.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.assay.platform.Clock;
import org.assay.platform.IdentityChanges;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.assay.platform.PrefixPattern;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Admitting, changing, suspending and finding organisations. */
@ApplicationScoped
public class OrganisationService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A suspension (or its end) reaches every replica's kept identities at commit (and by V165's notification). */
    @Inject
    IdentityChanges identityChanges;

    /** What an organisation is called and where; identifiers are validated for format and uniqueness. */
    public record Details(String name, String country, String lei, String duns, String nationalRegistryNumber) {
    }

    public Organisation admit(OrganisationKind kind, Details d) {
        Validation v = new Validation();
        v.required("input.kind", kind);
        Details n = validate(v, d, null, "input");
        v.throwIfAny();
        Organisation o = new Organisation();
        o.id = UUID.randomUUID();
        o.kind = kind;
        apply(o, n);
        o.status = OrganisationStatus.ACTIVE;
        o.createdAt = clock.now();
        o.updatedAt = o.createdAt;
        em.persist(o);
        return o;
    }

    public Organisation update(UUID id, Details d) {
        Organisation o = find(id);
        Details merged = new Details(
                d.name() != null ? d.name() : o.name,
                d.country() != null ? d.country() : o.country,
                d.lei() != null ? emptyToNull(d.lei()) : o.lei,
                d.duns() != null ? emptyToNull(d.duns()) : o.duns,
                d.nationalRegistryNumber() != null ? emptyToNull(d.nationalRegistryNumber()) : o.nationalRegistryNumber);
        Validation v = new Validation();
        Details n = validate(v, merged, id, "input");
        v.throwIfAny();
        apply(o, n);
        o.updatedAt = clock.now();
        return o;
    }

    public Organisation setStatus(UUID id, OrganisationStatus status) {
        Organisation o = find(id);
        if (o.status == status) {
            throw new UserInputException("input.organisationId",
                    status == OrganisationStatus.ACTIVE ? OrganisationErrorCode.ALREADY_ACTIVE : OrganisationErrorCode.ALREADY_SUSPENDED,
                    "The organisation is already " + status.name().toLowerCase(Locale.ROOT));
        }
        if (o.kind == OrganisationKind.OPERATOR && status == OrganisationStatus.SUSPENDED) {
            throw new UserInputException("input.organisationId", OrganisationErrorCode.CANNOT_SUSPEND_OPERATOR, "The operator organisation cannot be suspended");
        }
        o.status = status;
        o.updatedAt = clock.now();
        identityChanges.changed();
        return o;
    }

    /** For mutations: unknown id is a user error. */
    public Organisation find(UUID id) {
        Organisation o = id == null ? null : em.find(Organisation.class, id);
        if (o == null) {
            throw new UserInputException("input.organisationId", OrganisationErrorCode.NOT_FOUND, "No organisation with this id");
        }
        return o;
    }

    /** For queries: unknown id is a NOT_FOUND error. */
    public Organisation get(UUID id) {
        Organisation o = em.find(Organisation.class, id);
        if (o == null) {
            throw new NotFoundException("Organisation");
        }
        return o;
    }

    /**
     * Organisations in name order (lower-cased name in code-point order, then id), filtered. A name prefix is also sent as a
     * range of that order, so the (kind, name) index (V70) reads only the page; the {@code like} keeps the match exact.
     */
    public List<Organisation> list(OrganisationKind kind, OrganisationStatus status, String namePrefix,
                                   String country, String identifier, PageRequest page) {
        String prefix = namePrefix == null || namePrefix.isBlank() ? null : namePrefix.trim().toLowerCase(Locale.ROOT);
        String prefixEnd = prefix == null ? null : NameOrder.prefixEnd(prefix);
        StringBuilder jpql = new StringBuilder("from Organisation o where 1 = 1");
        if (kind != null) jpql.append(" and o.kind = :kind");
        if (status != null) jpql.append(" and o.status = :status");
        if (prefix != null) {
            jpql.append(" and lower(o.name) like :prefix").append(PrefixPattern.ESCAPE).append(" and ").append(NameOrder.KEY).append(" >= :prefixStart");
            if (prefixEnd != null) jpql.append(" and ").append(NameOrder.KEY).append(" < :prefixEnd");
        }
        if (country != null) jpql.append(" and o.country = :country");
        if (identifier != null && !identifier.isBlank())
            jpql.append(" and (o.lei = :ident or o.duns = :identDuns or o.nationalRegistryNumber = :identRaw)");
        if (page.hasCursor()) {
            // the cursor carries the name; the database lower-cases it as it lower-cases the key (Java's and
            // PostgreSQL's lower-casing differ for some letters, e.g. 'İ')
            jpql.append(" and (").append(NameOrder.KEY).append(" > ").append(NameOrder.CURSOR).append(" or (").append(NameOrder.KEY)
                    .append(" = ").append(NameOrder.CURSOR).append(" and o.id > :afterId))");
        }
        jpql.append(" order by ").append(NameOrder.KEY).append(", o.id");
        TypedQuery<Organisation> q = em.createQuery(jpql.toString(), Organisation.class);
        if (kind != null) q.setParameter("kind", kind);
        if (status != null) q.setParameter("status", status);
        if (prefix != null) {
            q.setParameter("prefix", PrefixPattern.of(prefix));
            q.setParameter("prefixStart", prefix);
            if (prefixEnd != null) q.setParameter("prefixEnd", prefixEnd);
        }
        if (country != null) q.setParameter("country", country.toUpperCase(Locale.ROOT));
        if (identifier != null && !identifier.isBlank()) {
            q.setParameter("ident", Identifiers.normaliseLei(identifier));
            q.setParameter("identDuns", Identifiers.normaliseDuns(identifier));
            q.setParameter("identRaw", identifier.trim());
        }
        if (page.hasCursor()) {
            q.setParameter("afterName", page.text(0));
            q.setParameter("afterId", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public static String cursorOf(Organisation o) {
        return PageRequest.encode(o.name, o.id.toString());
    }

    private Details validate(Validation v, Details d, UUID self, String prefix) {
        if (d == null) {
            v.add(prefix, OrganisationErrorCode.REQUIRED, "input is required");
            return null;
        }
        String name = d.name() == null ? null : d.name().strip();
        if (v.required(prefix + ".name", name)) {
            v.maxLength(prefix + ".name", name, 200);
        }
        String country = d.country() == null ? null : d.country().strip().toUpperCase(Locale.ROOT);
        if (v.required(prefix + ".country", country) && !Identifiers.isValidCountry(country)) {
            v.add(prefix + ".country", OrganisationErrorCode.INVALID_COUNTRY, "country must be an ISO 3166-1 alpha-2 code such as CD or CN");
        }
        String lei = emptyToNull(Identifiers.normaliseLei(d.lei()));
        String duns = emptyToNull(Identifiers.normaliseDuns(d.duns()));
        String registry = emptyToNull(d.nationalRegistryNumber() == null ? null : d.nationalRegistryNumber().strip());
        if (lei == null && duns == null && registry == null) {
            v.add(prefix + ".identifiers", OrganisationErrorCode.IDENTIFIER_REQUIRED, "at least one identifier (LEI, DUNS or national registry number) is required");
        }
        if (lei != null && !Identifiers.isValidLei(lei)) {
            v.add(prefix + ".identifiers.lei", OrganisationErrorCode.INVALID_LEI, "LEI must be 20 characters (ISO 17442) with valid check digits");
        } else if (lei != null && taken("lei", lei, self)) {
            v.add(prefix + ".identifiers.lei", OrganisationErrorCode.DUPLICATE, "another organisation already has this LEI");
        }
        if (duns != null && !Identifiers.isValidDuns(duns)) {
            v.add(prefix + ".identifiers.duns", OrganisationErrorCode.INVALID_DUNS, "DUNS must be 9 digits");
        } else if (duns != null && taken("duns", duns, self)) {
            v.add(prefix + ".identifiers.duns", OrganisationErrorCode.DUPLICATE, "another organisation already has this DUNS number");
        }
        if (registry != null && !Identifiers.isValidRegistryNumber(registry)) {
            v.add(prefix + ".identifiers.nationalRegistryNumber", OrganisationErrorCode.INVALID_FORMAT,
                    "national registry number: up to 64 letters, digits, spaces, dots, slashes or dashes");
        }
        return new Details(name, country, lei, duns, registry);
    }

    private boolean taken(String column, String value, UUID self) {
        String jpql = "select count(o) from Organisation o where o." + column + " = :v" + (self != null ? " and o.id <> :self" : "");
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("v", value);
        if (self != null) q.setParameter("self", self);
        return q.getSingleResult() > 0;
    }

    private static void apply(Organisation o, Details n) {
        o.name = n.name();
        o.country = n.country();
        o.lei = n.lei();
        o.duns = n.duns();
        o.nationalRegistryNumber = n.nationalRegistryNumber();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
