package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.assay.platform.PageRequest;
import org.assay.supplier.Mineral;
import org.assay.supplier.SiteKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What anyone, without an account, may find of suppliers to file a grievance about: active suppliers by name, country
 * and mineral, with their sites — public profile fields only (name, country; site name, kind, country, minerals). Never
 * identifiers, coordinates, assessments or who buys from whom. Two statements per page (suppliers, then their sites).
 */
@ApplicationScoped
public class PublicSuppliers {

    @Inject
    EntityManager em;

    /** A supplier as the public grievance page shows it. */
    public record Supplier(UUID id, String name, String country, List<Site> sites) {
    }

    /** A site as the public grievance page shows it. */
    public record Site(UUID id, String name, SiteKind kind, String country, List<Mineral> minerals) {
    }

    /** Suppliers in name order, filtered; {@code first + 1} rows so the caller knows whether there are more. */
    @SuppressWarnings("unchecked")
    public List<Supplier> search(String nameContains, String country, Mineral mineral, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                select o.id, o.name, o.country from organisation o
                where o.kind = 'SUPPLIER' and o.status = 'ACTIVE'""");
        String name = nameContains == null || nameContains.isBlank() ? null : nameContains.strip().toLowerCase(Locale.ROOT);
        if (name != null) sql.append(" and lower(o.name) like :name escape '\\'");
        if (country != null && !country.isBlank()) sql.append(" and o.country = :country");
        if (mineral != null) {
            sql.append(" and (exists (select 1 from supplier_site s where s.supplier_id = o.id and s.archived_at is null and :mineral = any(s.minerals))"
                    + " or exists (select 1 from supplier_profile p where p.organisation_id = o.id and :mineral = any(p.minerals)))");
        }
        if (page.hasCursor()) sql.append(" and (lower(o.name) > :afterName or (lower(o.name) = :afterName and o.id > :afterId))");
        sql.append(" order by lower(o.name), o.id");
        Query q = em.createNativeQuery(sql.toString());
        if (name != null) q.setParameter("name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        if (country != null && !country.isBlank()) q.setParameter("country", country.strip().toUpperCase(Locale.ROOT));
        if (mineral != null) q.setParameter("mineral", mineral.name());
        if (page.hasCursor()) {
            q.setParameter("afterName", page.text(0));
            q.setParameter("afterId", page.uuid(1));
        }
        List<Object[]> rows = q.setMaxResults(page.first() + 1).getResultList();
        Map<UUID, Supplier> suppliers = new LinkedHashMap<>();
        for (Object[] r : rows) {
            suppliers.put((UUID) r[0], new Supplier((UUID) r[0], (String) r[1], (String) r[2], new ArrayList<>()));
        }
        withSites(suppliers);
        return List.copyOf(suppliers.values());
    }

    /** The one supplier with its sites, if it is active (for the page that files about it). */
    @SuppressWarnings("unchecked")
    public java.util.Optional<Supplier> find(UUID id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        List<Object[]> rows = em.createNativeQuery("select o.id, o.name, o.country from organisation o where o.id = :id and o.kind = 'SUPPLIER' and o.status = 'ACTIVE'")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<UUID, Supplier> one = new LinkedHashMap<>();
        one.put(id, new Supplier(id, (String) rows.get(0)[1], (String) rows.get(0)[2], new ArrayList<>()));
        withSites(one);
        return java.util.Optional.of(one.get(id));
    }

    @SuppressWarnings("unchecked")
    private void withSites(Map<UUID, Supplier> suppliers) {
        if (suppliers.isEmpty()) {
            return;
        }
        {
            List<Object[]> sites = em.createNativeQuery("""
                            select s.id, s.supplier_id, s.name, s.kind, s.country, array_to_string(s.minerals, ',') from supplier_site s
                            where s.supplier_id in (:ids) and s.archived_at is null order by lower(s.name), s.id""")
                    .setParameter("ids", List.copyOf(suppliers.keySet())).getResultList();
            for (Object[] s : sites) {
                List<Mineral> minerals = new ArrayList<>();
                for (String m : ((String) s[5]).split(",")) {
                    if (!m.isBlank()) minerals.add(Mineral.valueOf(m));
                }
                suppliers.get((UUID) s[1]).sites().add(new Site((UUID) s[0], (String) s[2], SiteKind.valueOf((String) s[3]), (String) s[4], minerals));
            }
        }
    }

    public static String cursorOf(Supplier s) {
        return PageRequest.encode(s.name().toLowerCase(Locale.ROOT), s.id().toString());
    }
}
