package org.assay.audit.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.audit.AuditTrail;
import org.assay.platform.Caller;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.platform.Role;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for audit events: the rule of {@code auditEvents} (the operator only), one statement. */
@ApplicationScoped
public class AuditEventNodes implements NodeResolver {

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Override
    public NodeType type() {
        return AuditEventView.TYPE;
    }

    @Override
    public Map<UUID, AuditEventView> visible(Collection<UUID> ids) {
        if (!caller.is(Role.OPERATOR)) {
            return Map.of();
        }
        List<Long> seqs = ids.stream().map(AuditEventView::seqOf).filter(Objects::nonNull).distinct().toList();
        return auditTrail.events(seqs).stream().collect(Collectors.toMap(e -> AuditEventView.key(e.seq), AuditEventView::of));
    }
}
