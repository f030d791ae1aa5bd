package org.assay.accreditation.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.accreditation.AccreditationService;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for declarations: the rule of {@code conflictDeclarations} (operator: any; a body or a supplier: its own organisation's; members none), one statement. */
@ApplicationScoped
public class ConflictDeclarationNodes implements NodeResolver {

    @Inject
    AccreditationService service;

    @Override
    public NodeType type() {
        return ConflictDeclarationView.TYPE;
    }

    @Override
    public Map<UUID, ConflictDeclarationView> visible(Collection<UUID> ids) {
        return service.declarationsById(ids).stream().collect(Collectors.toMap(d -> d.declaration().id, ConflictDeclarationView::of));
    }
}
