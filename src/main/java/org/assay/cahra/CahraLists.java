package org.assay.cahra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * CAHRA list versions: the operator's import, the version in force, and a site's status under it. The matching rule
 * itself has one home, the database functions {@code cahra_list_in_force} and {@code cahra_listed} (migration V160),
 * which the assessment request (recording the version it used) and the portfolio filter call too.
 */
@ApplicationScoped
public class CahraLists {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** An entry of a list version, in the order imported. */
    public record Entry(UUID listId, int seq, String country, String region) {
    }

    /** A site's CAHRA status under the list version in force. */
    public record SiteStatus(boolean inCahra, CahraList list) {
    }

    /** Imports a whole list version; every problem of the CSV is a user error of its row, and then nothing is written. */
    public CahraList importList(String source, String version, LocalDate effectiveFrom, String csv) {
        Validation v = new Validation();
        String src = source == null ? null : source.strip();
        String ver = version == null ? null : version.strip();
        if (v.required("input.source", src)) {
            v.maxLength("input.source", src, 200);
        }
        if (v.required("input.version", ver)) {
            v.maxLength("input.version", ver, 50);
        }
        v.required("input.effectiveFrom", effectiveFrom);
        List<CahraCsv.Entry> entries = CahraCsv.read(csv, v);
        if (src != null && ver != null && !src.isEmpty() && !ver.isEmpty() && ((Number) em.createNativeQuery(
                "select count(*) from cahra_list where source = ?1 and version = ?2").setParameter(1, src).setParameter(2, ver)
                .getSingleResult()).intValue() > 0) {
            v.add("input.version", CahraErrorCode.VERSION_EXISTS, "\"" + src + "\" already has a version " + ver + "; import a new version");
        }
        v.throwIfAny();
        CahraList l = new CahraList();
        l.id = UUID.randomUUID();
        l.source = src;
        l.version = ver;
        l.effectiveFrom = effectiveFrom;
        l.importedAt = clock.now();
        l.importedBy = caller.principal();
        l.legacy = false;
        em.persist(l);
        em.flush();
        int seq = 0;
        for (CahraCsv.Entry e : entries) {
            em.createNativeQuery("insert into cahra_list_entry (list_id, seq, country, region) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, l.id).setParameter(2, ++seq).setParameter(3, e.country()).setParameter(4, e.region())
                    .executeUpdate();
        }
        return l;
    }

    /** Every version, the newest effective first (then the newest import); one page. */
    public List<CahraList> list(PageRequest page) {
        var q = em.createQuery("from CahraList l"
                + (page.hasCursor() ? " where (l.effectiveFrom < :d or (l.effectiveFrom = :d and (l.importedAt < :t or (l.importedAt = :t and l.id < :id))))" : "")
                + " order by l.effectiveFrom desc, l.importedAt desc, l.id desc", CahraList.class);
        if (page.hasCursor()) {
            q.setParameter("d", page.part(0, LocalDate::parse)).setParameter("t", page.instant(1)).setParameter("id", page.uuid(2));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public static String cursorOf(CahraList l) {
        return PageRequest.encode(l.effectiveFrom.toString(), l.importedAt.toString(), l.id.toString());
    }

    /** The version in force today (there always is one: the legacy version is in force from the beginning). */
    public CahraList inForce() {
        UUID id = (UUID) em.createNativeQuery("select cahra_list_in_force(?1)").setParameter(1, clock.today()).getSingleResult();
        return id == null ? null : em.find(CahraList.class, id);
    }

    public Map<UUID, CahraList> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<UUID, CahraList> out = new HashMap<>();
        em.createQuery("from CahraList l where l.id in :ids", CahraList.class).setParameter("ids", ids).getResultList()
                .forEach(l -> out.put(l.id, l));
        return out;
    }

    /** The entries of these versions, in one statement. */
    public Map<UUID, List<Entry>> entries(Collection<UUID> listIds) {
        Map<UUID, List<Entry>> out = new LinkedHashMap<>();
        listIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (listIds.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select list_id, seq, country, region from cahra_list_entry where list_id in (:ids) order by list_id, seq")
                .setParameter("ids", listIds).getResultList();
        for (Object[] r : rows) {
            out.get((UUID) r[0]).add(new Entry((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** The CAHRA status of these sites under the version in force, in one statement (plus the version itself). */
    public Map<UUID, SiteStatus> siteStatuses(Collection<UUID> siteIds) {
        if (siteIds.isEmpty()) return Map.of();
        CahraList inForce = inForce();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, cahra_listed(:list, s.country, s.region, s.in_cahra) from supplier_site s where s.id in (:ids)")
                .setParameter("list", inForce.id).setParameter("ids", siteIds).getResultList();
        Map<UUID, SiteStatus> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((UUID) r[0], new SiteStatus((Boolean) r[1], inForce));
        }
        return out;
    }

    /** The list version each assessment recorded at its request, in one statement. */
    public Map<UUID, CahraList> usedBy(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) return Map.of();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, cahra_list_id from assessment where id in (:ids) and cahra_list_id is not null")
                .setParameter("ids", assessmentIds).getResultList();
        Map<UUID, UUID> listOf = new HashMap<>();
        rows.forEach(r -> listOf.put((UUID) r[0], (UUID) r[1]));
        Map<UUID, CahraList> lists = byIds(new java.util.HashSet<>(listOf.values()));
        Map<UUID, CahraList> out = new HashMap<>();
        listOf.forEach((a, l) -> out.put(a, lists.get(l)));
        return out;
    }

}
