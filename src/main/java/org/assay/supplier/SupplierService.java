package org.assay.supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.NotFoundException;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A supplier maintains its own profile and sites. The supplier is always the caller's organisation: no method
 * takes a supplier id from the client for a change.
 */
@ApplicationScoped
public class SupplierService {

    /** First key of the per-supplier advisory lock that serialises profile and site changes. */
    private static final int SITE_LOCK = 0x5175_0001;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_WEBSITE = 500;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A supplier organisation with its (possibly not yet written) profile. */
    public record Profile(Organisation organisation, SupplierProfile profile) {
    }

    /** Profile changes: a null field stays as it is; an empty text or list clears it. */
    public record ProfileChange(String description, String website, List<Mineral> minerals, List<SupplyChainStage> stages) {
    }

    /** Site changes: a null field stays as it is; {@code removeCoordinates} clears the coordinates. */
    public record SiteChange(String name, SiteKind kind, String country, Double latitude, Double longitude,
                             boolean removeCoordinates, List<Mineral> minerals, SupplyChainStage stage, Boolean inCahra,
                             String region) {
    }

    // ---- reading ----

    /** For queries: the profile of a supplier organisation; NOT_FOUND when the id is not a supplier. */
    public Profile profile(UUID supplierId) {
        Organisation o = supplierId == null ? null : em.find(Organisation.class, supplierId);
        if (o == null || o.kind != OrganisationKind.SUPPLIER) {
            throw new NotFoundException("Supplier");
        }
        return new Profile(o, em.find(SupplierProfile.class, supplierId));
    }

    /**
     * Supplier's rule for site coordinates, the one place it is decided: coordinates are shown to the supplier itself,
     * the operator and assessment bodies; members see every other field of a site, never its exact location.
     * (Suppliers and bodies only ever reach the sites of their own or their assessments' supplier.)
     */
    public boolean mayReadCoordinates() {
        return !caller.is(org.assay.platform.Role.MEMBER);
    }

    /** Active sites of the given suppliers, by name, in one query (for batch field resolvers). */
    public Map<UUID, List<SupplierSite>> activeSites(Collection<UUID> supplierIds) {
        Map<UUID, List<SupplierSite>> bySupplier = new LinkedHashMap<>();
        supplierIds.forEach(id -> bySupplier.put(id, new java.util.ArrayList<>()));
        if (supplierIds.isEmpty()) {
            return bySupplier;
        }
        em.createQuery("from SupplierSite s where s.supplierId in :ids and s.archivedAt is null "
                        + "order by s.supplierId, lower(s.name), s.id", SupplierSite.class)
                .setParameter("ids", List.copyOf(supplierIds))
                .getResultList()
                .forEach(s -> bySupplier.get(s.supplierId).add(s));
        return bySupplier;
    }

    // ---- changing (the caller's own supplier organisation) ----

    public Profile updateProfile(ProfileChange change) {
        UUID supplierId = caller.organisationId();
        lockSupplier(supplierId);
        Profile current = profile(supplierId);
        SupplierProfile p = current.profile();
        Validation v = new Validation();
        String description = change.description() == null ? null : change.description().strip();
        v.maxLength("input.description", description, MAX_DESCRIPTION);
        String website = change.website() == null ? null : change.website().strip();
        if (website != null && !website.isEmpty() && v.maxLength("input.website", website, MAX_WEBSITE) && !isWebAddress(website)) {
            v.add("input.website", SupplierErrorCode.INVALID_URL, "website must be an http or https address, e.g. https://example.com");
        }
        v.throwIfAny();
        boolean created = p == null;
        if (created) {
            p = new SupplierProfile();
            p.organisationId = supplierId;
        }
        if (description != null) p.description = description.isEmpty() ? null : description;
        if (website != null) p.website = website.isEmpty() ? null : website;
        if (change.minerals() != null) p.minerals = names(change.minerals(), Mineral.class);
        if (change.stages() != null) p.stages = names(change.stages(), SupplyChainStage.class);
        p.updatedAt = clock.now();
        p.updatedBy = caller.subject();
        if (created) {
            em.persist(p);
        }
        return new Profile(current.organisation(), p);
    }

    public SupplierSite createSite(SiteDetails details) {
        UUID supplierId = caller.organisationId();
        lockSupplier(supplierId);
        Validation v = new Validation();
        details.validate(v, "input");
        if (details.name() != null && nameTaken(supplierId, details.name(), null)) {
            v.add("input.name", SupplierErrorCode.DUPLICATE, "you already have a site named \"" + details.name() + "\"");
        }
        v.throwIfAny();
        SupplierSite s = new SupplierSite();
        s.id = UUID.randomUUID();
        s.supplierId = supplierId;
        apply(s, details);
        s.createdAt = clock.now();
        s.updatedAt = s.createdAt;
        em.persist(s);
        return s;
    }

    public SupplierSite updateSite(UUID siteId, SiteChange c) {
        SupplierSite s = ownActiveSite(siteId);
        lockSupplier(s.supplierId);
        boolean newCoordinates = c.latitude() != null || c.longitude() != null;
        Validation v = new Validation();
        if (newCoordinates && c.removeCoordinates()) {
            v.add("input.removeCoordinates", SupplierErrorCode.CONFLICTING_INPUT, "either give new coordinates or remove them, not both");
        }
        SiteDetails merged = SiteDetails.of(
                c.name() != null ? c.name() : s.name,
                c.kind() != null ? c.kind() : s.kind,
                c.country() != null ? c.country() : s.country,
                newCoordinates ? c.latitude() : c.removeCoordinates() ? null : s.latitude,
                newCoordinates ? c.longitude() : c.removeCoordinates() ? null : s.longitude,
                c.minerals() != null ? c.minerals() : minerals(s),
                c.stage() != null ? c.stage() : s.stage,
                c.inCahra() != null ? c.inCahra() : s.inCahra,
                c.region() != null ? c.region() : s.region);
        merged.validate(v, "input");
        if (merged.name() != null && nameTaken(s.supplierId, merged.name(), s.id)) {
            v.add("input.name", SupplierErrorCode.DUPLICATE, "you already have a site named \"" + merged.name() + "\"");
        }
        v.throwIfAny();
        apply(s, merged);
        s.updatedAt = clock.now();
        return s;
    }

    /** Archives the site: it disappears from the profile, its name becomes free, assessments keep referring to it. */
    public SupplierSite removeSite(UUID siteId) {
        SupplierSite s = ownActiveSite(siteId);
        s.archivedAt = clock.now();
        s.updatedAt = s.archivedAt;
        return s;
    }

    public static List<Mineral> minerals(SupplierSite s) {
        return s.minerals.stream().map(Mineral::valueOf).toList();
    }

    public static List<Mineral> minerals(SupplierProfile p) {
        return p == null ? List.of() : p.minerals.stream().map(Mineral::valueOf).toList();
    }

    public static List<SupplyChainStage> stages(SupplierProfile p) {
        return p == null ? List.of() : p.stages.stream().map(SupplyChainStage::valueOf).toList();
    }

    // ---- internals ----

    private SupplierSite ownActiveSite(UUID siteId) {
        SupplierSite s = siteId == null ? null : em.find(SupplierSite.class, siteId);
        if (s == null || s.archived() || !s.supplierId.equals(caller.organisationId())) {
            throw new UserInputException("input.siteId", SupplierErrorCode.NOT_FOUND, "you have no site with this id");
        }
        return s;
    }

    private boolean nameTaken(UUID supplierId, String name, UUID except) {
        return em.createQuery("select count(s) from SupplierSite s where s.supplierId = :supplier and s.archivedAt is null "
                        + "and lower(s.name) = :name and s.id <> :except", Long.class)
                .setParameter("supplier", supplierId)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .getSingleResult() > 0;
    }

    /** Serialises changes to one supplier's profile and sites, so two concurrent requests cannot both take a name. */
    private void lockSupplier(UUID supplierId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, SITE_LOCK).setParameter(2, supplierId.toString()).getSingleResult();
    }

    private static void apply(SupplierSite s, SiteDetails d) {
        s.name = d.name();
        s.kind = d.kind();
        s.country = d.country();
        s.latitude = d.latitude();
        s.longitude = d.longitude();
        s.minerals = new java.util.ArrayList<>(d.mineralNames());
        s.stage = d.stage();
        s.inCahra = d.inCahra();
        s.region = d.region();
    }

    private static <E extends Enum<E>> List<String> names(List<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        values.stream().filter(Objects::nonNull).forEach(set::add);
        return new java.util.ArrayList<>(set.stream().map(Enum::name).toList());
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
