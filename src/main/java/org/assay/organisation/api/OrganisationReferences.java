package org.assay.organisation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationAccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The batch loader other features call to resolve a field of type {@code Organisation} on their own types
 * ({@code Assessment.supplier}): one statement for a whole list of parents, with organisation's access rule applied.
 * The calling feature has already decided that the caller may see the parent object, and so know who it names; each
 * organisation comes back in full when the caller may read it ({@link OrganisationAccess#mayRead}), otherwise as its
 * public profile.
 *
 * <p>The pattern, in the referencing feature's API room (the {@code @Source List} resolver is called once per list):
 * <pre>{@code
 * @Allow({...the roles that can reach the parent type...}) @Transactional
 * public List<@NonNull OrganisationView> supplier(@Source List<AssessmentView> assessments) {
 *     return organisations.resolve(assessments, AssessmentView::supplierKey);
 * }
 * }</pre>
 */
@ApplicationScoped
public class OrganisationReferences {

    @Inject
    EntityManager em;

    @Inject
    OrganisationAccess access;

    /** The organisations with these ids, by id (unknown ids left out), in one statement. */
    public Map<UUID, OrganisationView> of(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        Map<UUID, OrganisationView> views = new HashMap<>();
        if (wanted.isEmpty()) {
            return views;
        }
        for (Organisation o : em.createQuery("from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", wanted).getResultList()) {
            views.put(o.id, access.mayRead(o.id) ? OrganisationView.full(o) : OrganisationView.publicProfile(o));
        }
        return views;
    }

    /**
     * For a {@code @Source List} resolver: the organisation each parent names ({@code idOf}), in the parents' order;
     * null where a parent names none.
     */
    public <T> List<OrganisationView> resolve(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        Map<UUID, OrganisationView> views = of(ids.stream().filter(Objects::nonNull).toList());
        List<OrganisationView> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(id == null ? null : views.get(id));
        }
        return result;
    }
}
