package org.assay.grievance.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceAccess;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for grievances: the rule of {@code grievance(id:)} ({@link GrievanceAccess}), one statement. */
@ApplicationScoped
public class GrievanceNodes implements NodeResolver {

    @Inject
    EntityManager em;

    @Inject
    GrievanceAccess access;

    @Override
    public NodeType type() {
        return GrievanceView.TYPE;
    }

    @Override
    public Map<UUID, GrievanceView> visible(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Grievance g where g.id in :ids", Grievance.class).setParameter("ids", ids).getResultList().stream()
                .filter(access::mayRead).collect(Collectors.toMap(g -> g.id, GrievanceView::of));
    }
}
