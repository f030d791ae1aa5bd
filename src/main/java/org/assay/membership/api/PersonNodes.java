package org.assay.membership.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.membership.MembershipService;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for people: the rule of {@code people} (one's own organisation's; any for the operator), one statement. */
@ApplicationScoped
public class PersonNodes implements NodeResolver {

    @Inject
    MembershipService service;

    @Override
    public NodeType type() {
        return PersonView.TYPE;
    }

    @Override
    public Map<UUID, PersonView> visible(Collection<UUID> ids) {
        return service.visible(ids).stream().collect(Collectors.toMap(m -> m.id, PersonView::of));
    }
}
