package org.assay.supplier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.supplier.SupplierService;
import org.assay.supplier.SupplierSite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The batch loader for fields of type {@code Site}, on supplier's own types ({@code SupplierProfile.sites}) and on
 * other features' ({@code Assessment.site}, {@code AssessmentRequest.site}): one statement for the active sites of all
 * the parents' suppliers, whatever their number, with supplier's coordinate rule applied
 * ({@link SupplierService#mayReadCoordinates}: to the supplier itself, the operator and assessment bodies; members see
 * every other field). The calling feature has already decided that the caller may see the parent, and so the site it names.
 *
 * <p>The pattern, in the referencing feature's API room:
 * <pre>{@code
 * @Allow({...the roles that can reach the parent type...})
 * public List<SiteView> site(@Source List<AssessmentView> parents) {
 *     return sites.resolve(parents, AssessmentView::supplierKey, AssessmentView::siteKey);
 * }
 * }</pre>
 */
@ApplicationScoped
public class SiteReferences {

    @Inject
    SupplierService suppliers;

    /**
     * For a {@code @Source List} resolver: the site each parent names ({@code siteKey}) among the active sites of its
     * supplier ({@code supplierKey}), in the parents' order; null where a parent names none, or the site is removed
     * (archived) or is not its supplier's. One statement.
     */
    public <P> List<SiteView> resolve(List<P> parents, Function<P, UUID> supplierKey, Function<P, UUID> siteKey) {
        Set<UUID> owners = new LinkedHashSet<>();
        for (P p : parents) {
            if (siteKey.apply(p) != null && supplierKey.apply(p) != null) owners.add(supplierKey.apply(p));
        }
        Map<UUID, List<SupplierSite>> active = suppliers.activeSites(owners);
        boolean withCoordinates = suppliers.mayReadCoordinates();
        List<SiteView> result = new ArrayList<>(parents.size());
        for (P p : parents) {
            UUID site = siteKey.apply(p);
            List<SupplierSite> ofSupplier = site == null ? null : active.get(supplierKey.apply(p));
            result.add(ofSupplier == null ? null : ofSupplier.stream().filter(s -> s.id.equals(site)).findFirst()
                    .map(s -> SiteView.of(s, withCoordinates)).orElse(null));
        }
        return result;
    }

    /** For a {@code @Source List} resolver: the active sites of each parent's supplier ({@code supplierKey}), by name, in the parents' order. One statement. */
    public <P> List<List<SiteView>> activeSitesOf(List<P> parents, Function<P, UUID> supplierKey) {
        Map<UUID, List<SupplierSite>> active = suppliers.activeSites(parents.stream().map(supplierKey).distinct().toList());
        boolean withCoordinates = suppliers.mayReadCoordinates();
        return parents.stream()
                .map(p -> active.get(supplierKey.apply(p)).stream().map(s -> SiteView.of(s, withCoordinates)).toList())
                .toList();
    }
}
