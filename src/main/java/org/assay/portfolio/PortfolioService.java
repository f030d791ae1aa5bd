package org.assay.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.PrefixPattern;
import org.assay.platform.UserError;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplierProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A member's private portfolio. The member is always the caller's organisation, and every query is scoped by it:
 * nothing here can tell a member about another member's entries.
 */
@ApplicationScoped
public class PortfolioService {

    /** First key of the per-member advisory lock that serialises portfolio changes. */
    private static final int PORTFOLIO_LOCK = 0x5075_0001;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** An entry with its supplier organisation and profile (null when the supplier has written none). */
    public record Listed(PortfolioEntry entry, Organisation supplier, SupplierProfile profile) {
    }

    /** Rows added and rows refused by a bulk addition. */
    public record BulkResult(List<Listed> added, List<PortfolioRows.RowError> rowErrors) {
    }

    /** Filters of the portfolio listing; all optional, combined with AND. */
    public record Filter(String namePrefix, String country, Mineral mineral, Boolean inCahra, String category, SpendBand spendBand) {
    }

    // ---- changes ----

    public Listed add(PortfolioRows.Row row) {
        BulkResult result = addRows(List.of(row));
        if (!result.rowErrors().isEmpty()) {
            throw new UserInputException(result.rowErrors().stream()
                    .map(e -> UserError.of(e.field() == null ? "input" : "input." + e.field(), e.code(), e.message()))
                    .toList());
        }
        return result.added().get(0);
    }

    /**
     * Adds every valid row and reports every invalid one. Whole-input problems (no rows, too many) are user errors.
     * Cost: three queries whatever the number of rows, plus batched inserts.
     */
    public BulkResult addBulk(List<PortfolioRows.Row> rows) {
        if (rows == null || rows.isEmpty()) {
            throw new UserInputException("input.rows", PortfolioErrorCode.REQUIRED, "give at least one row");
        }
        if (rows.size() > PortfolioRows.MAX_ROWS) {
            throw new UserInputException("input.rows", PortfolioErrorCode.TOO_MANY_ROWS,
                    "at most " + PortfolioRows.MAX_ROWS + " rows per call, got " + rows.size() + "; split the list");
        }
        return addRows(rows);
    }

    private BulkResult addRows(List<PortfolioRows.Row> rows) {
        UUID member = caller.organisationId();
        lock(member);
        Set<UUID> ids = PortfolioRows.supplierIds(rows);
        Map<UUID, Organisation> organisations = new HashMap<>();
        Map<UUID, SupplierProfile> profiles = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select o, p from Organisation o left join SupplierProfile p on p.organisationId = o.id "
                    + "where o.id in :ids", Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
                Organisation o = (Organisation) r[0];
                organisations.put(o.id, o);
                if (r[1] != null) profiles.put(o.id, (SupplierProfile) r[1]);
            }
        }
        Map<UUID, PortfolioRows.SupplierState> states = new HashMap<>();
        organisations.values().forEach(o -> states.put(o.id, o.kind != OrganisationKind.SUPPLIER
                ? PortfolioRows.SupplierState.NOT_A_SUPPLIER
                : o.status == OrganisationStatus.ACTIVE ? PortfolioRows.SupplierState.ACTIVE : PortfolioRows.SupplierState.SUSPENDED));
        Set<String> internalIds = PortfolioRows.internalIds(rows);
        Set<UUID> held = new HashSet<>();
        Set<String> taken = new HashSet<>();
        if (!ids.isEmpty() || !internalIds.isEmpty()) {
            for (Object[] r : em.createQuery("select e.supplierId, e.internalId from PortfolioEntry e where e.memberId = :member "
                            + "and (e.supplierId in :ids or e.internalId in :internalIds)", Object[].class)
                    .setParameter("member", member)
                    .setParameter("ids", ids.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(ids))
                    .setParameter("internalIds", internalIds.isEmpty() ? List.of("") : List.copyOf(internalIds))
                    .getResultList()) {
                held.add((UUID) r[0]);
                if (r[1] != null) taken.add((String) r[1]);
            }
        }
        PortfolioRows.Outcome outcome = PortfolioRows.check(rows, states, held, taken);
        List<Listed> added = new ArrayList<>(outcome.accepted().size());
        var now = clock.now();
        for (PortfolioRows.Accepted a : outcome.accepted()) {
            PortfolioEntry e = new PortfolioEntry();
            e.id = UUID.randomUUID();
            e.memberId = member;
            e.supplierId = a.supplierId();
            e.internalId = a.tags().internalId();
            e.category = a.tags().category();
            e.spendBand = a.tags().spendBand();
            e.addedAt = now;
            e.addedBy = caller.subject();
            e.updatedAt = now;
            em.persist(e);
            added.add(new Listed(e, organisations.get(a.supplierId()), profiles.get(a.supplierId())));
        }
        em.flush();
        return new BulkResult(added, outcome.errors());
    }

    /** Replaces the entry's tags: a tag not given is cleared. */
    public Listed update(UUID entryId, PortfolioRows.Tags tags) {
        PortfolioEntry e = own(entryId);
        lock(e.memberId);
        Validation v = new Validation();
        tags.problems().forEach(p -> v.add("input." + p.field(), p.code(), p.message()));
        if (tags.internalId() != null && v.ok() && internalIdTaken(e.memberId, tags.internalId(), e.id)) {
            v.add("input.internalId", PortfolioErrorCode.DUPLICATE_INTERNAL_ID, "another supplier in your portfolio already has this internal id");
        }
        v.throwIfAny();
        e.internalId = tags.internalId();
        e.category = tags.category();
        e.spendBand = tags.spendBand();
        e.updatedAt = clock.now();
        return listed(e);
    }

    /** Removes the supplier from the portfolio (the business relationship ended); the audit trail keeps the change. */
    public Listed remove(UUID entryId) {
        PortfolioEntry e = own(entryId);
        Listed before = listed(e);
        em.remove(e);
        return before;
    }

    // ---- reading ----

    /**
     * One page of the caller's portfolio, by supplier name: entries with their supplier organisation and profile in one
     * query. (Sites are loaded for the whole page at once by the {@code SupplierProfile.sites} batch resolver.)
     */
    public List<Listed> page(Filter f, PageRequest page) {
        StringBuilder jpql = new StringBuilder("""
                select e, o, p from PortfolioEntry e
                  join Organisation o on o.id = e.supplierId
                  left join SupplierProfile p on p.organisationId = e.supplierId
                 where e.memberId = :member""");
        String site = "exists (select 1 from SupplierSite s where s.supplierId = e.supplierId and s.archivedAt is null and ";
        if (f.namePrefix() != null && !f.namePrefix().isBlank()) jpql.append(" and lower(o.name) like :prefix").append(PrefixPattern.ESCAPE);
        if (f.country() != null && !f.country().isBlank()) jpql.append(" and (o.country = :country or ").append(site).append("s.country = :country))");
        if (f.mineral() != null) jpql.append(" and (array_contains(p.minerals, :mineral) or ").append(site).append("array_contains(s.minerals, :mineral)))");
        // derived from the CAHRA list in force (issue 15; the rule lives in the database functions of migration V160)
        if (f.inCahra() != null) jpql.append(f.inCahra() ? " and " : " and not ").append(site)
                .append("function('cahra_listed', function('cahra_list_in_force', :today), s.country, s.region, s.inCahra) = true)");
        if (f.category() != null && !f.category().isBlank()) jpql.append(" and lower(e.category) = :category");
        if (f.spendBand() != null) jpql.append(" and e.spendBand = :spendBand");
        // the platform's name order (the directory's too): the entry's copy of the lower-cased name in ucs_basic, then the
        // id, read from the (member, name, supplier) index; the cursor carries the name and is lower-cased by the database
        if (page.hasCursor()) jpql.append(" and (e.supplierLname > lower(:afterName) or (e.supplierLname = lower(:afterName) and e.supplierId > :afterId))");
        jpql.append(" order by e.supplierLname, e.supplierId");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setParameter("member", caller.organisationId());
        if (f.namePrefix() != null && !f.namePrefix().isBlank())
            q.setParameter("prefix", PrefixPattern.of(f.namePrefix().strip().toLowerCase(Locale.ROOT)));
        if (f.country() != null && !f.country().isBlank()) q.setParameter("country", f.country().strip().toUpperCase(Locale.ROOT));
        if (f.mineral() != null) q.setParameter("mineral", f.mineral().name());
        if (f.inCahra() != null) q.setParameter("today", clock.today());
        if (f.category() != null && !f.category().isBlank()) q.setParameter("category", f.category().strip().toLowerCase(Locale.ROOT));
        if (f.spendBand() != null) q.setParameter("spendBand", f.spendBand());
        if (page.hasCursor()) {
            q.setParameter("afterName", page.text(0));
            q.setParameter("afterId", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList().stream()
                .map(r -> new Listed((PortfolioEntry) r[0], (Organisation) r[1], (SupplierProfile) r[2]))
                .toList();
    }

    /**
     * Of these entry ids, the caller's own entries (a member's; nobody else has any) with their supplier and profile, in
     * one statement; other members' entries and unknown ids are left out alike.
     */
    public List<Listed> own(java.util.Collection<UUID> entryIds) {
        if (entryIds.isEmpty() || !caller.is(org.assay.platform.Role.MEMBER)) {
            return List.of();
        }
        return em.createQuery("""
                        select e, o, p from PortfolioEntry e
                          join Organisation o on o.id = e.supplierId
                          left join SupplierProfile p on p.organisationId = e.supplierId
                         where e.memberId = :member and e.id in :ids""", Object[].class)
                .setParameter("member", caller.organisationId()).setParameter("ids", List.copyOf(entryIds)).getResultList().stream()
                .map(r -> new Listed((PortfolioEntry) r[0], (Organisation) r[1], (SupplierProfile) r[2]))
                .toList();
    }

    public static String cursorOf(Listed l) {
        return PageRequest.encode(l.supplier().name, l.supplier().id.toString());
    }

    // ---- internals ----

    private PortfolioEntry own(UUID entryId) {
        PortfolioEntry e = entryId == null ? null : em.find(PortfolioEntry.class, entryId);
        if (e == null || !e.memberId.equals(caller.organisationId())) {
            throw new UserInputException("input.entryId", PortfolioErrorCode.NOT_FOUND, "no entry with this id in your portfolio");
        }
        return e;
    }

    private Listed listed(PortfolioEntry e) {
        return new Listed(e, em.find(Organisation.class, e.supplierId), em.find(SupplierProfile.class, e.supplierId));
    }

    private boolean internalIdTaken(UUID member, String internalId, UUID except) {
        return em.createQuery("select count(e) from PortfolioEntry e where e.memberId = :member and e.internalId = :internalId "
                        + "and e.id <> :except", Long.class)
                .setParameter("member", member).setParameter("internalId", internalId).setParameter("except", except)
                .getSingleResult() > 0;
    }

    /** Serialises changes to one member's portfolio, so uniqueness checks hold under concurrent requests. */
    private void lock(UUID member) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, PORTFOLIO_LOCK).setParameter(2, member.toString()).getSingleResult();
    }

}
