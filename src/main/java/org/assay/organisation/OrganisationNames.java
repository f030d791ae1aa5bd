package org.assay.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Names of many organisations in one statement, for views that name the parties of a result. */
@ApplicationScoped
public class OrganisationNames {

    @Inject
    EntityManager em;

    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        for (Object[] r : em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            names.put((UUID) r[0], (String) r[1]);
        }
        return names;
    }
}
