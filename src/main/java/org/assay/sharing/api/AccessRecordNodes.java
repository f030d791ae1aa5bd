package org.assay.sharing.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.audit.AuditTrail;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.sharing.SharedResults;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for access records: the rule of {@code accessRecords} (the supplier read, the operator), one statement; audited like it. */
@ApplicationScoped
public class AccessRecordNodes implements NodeResolver {

    @Inject
    SharedResults results;

    @Inject
    SharingViews views;

    @Inject
    AuditTrail auditTrail;

    @Override
    public NodeType type() {
        return AccessRecordView.TYPE;
    }

    @Override
    public Map<UUID, AccessRecordView> visible(Collection<UUID> ids) {
        Map<UUID, AccessRecordView> found = views.records(results.visibleRecords(ids)).stream()
                .collect(Collectors.toMap(AccessRecordView::key, v -> v));
        if (!found.isEmpty()) {
            // reading access records is itself audited, by node(id:) as by accessRecords
            auditTrail.append("node.accessRecords", found.keySet().stream().map(UUID::toString).sorted().toList(), Map.of("count", found.size()));
        }
        return found;
    }
}
