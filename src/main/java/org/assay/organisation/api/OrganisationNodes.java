package org.assay.organisation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationAccess;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for organisations: the rule of {@code organisation(id:)} (operator: any; others: their own), one statement. */
@ApplicationScoped
public class OrganisationNodes implements NodeResolver {

    @Inject
    EntityManager em;

    @Inject
    OrganisationAccess access;

    @Override
    public NodeType type() {
        return OrganisationView.TYPE;
    }

    @Override
    public Map<UUID, OrganisationView> visible(Collection<UUID> ids) {
        var readable = ids.stream().filter(access::mayRead).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", readable)
                .getResultList().stream().collect(Collectors.toMap(o -> o.id, OrganisationView::full));
    }
}
