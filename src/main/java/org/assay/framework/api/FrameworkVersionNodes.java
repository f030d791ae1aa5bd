package org.assay.framework.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for framework versions: the rule of {@code frameworkVersion(id:)} (drafts to members and the operator only). */
@ApplicationScoped
public class FrameworkVersionNodes implements NodeResolver {

    @Inject
    FrameworkVersionReferences references;

    @Override
    public NodeType type() {
        return VersionView.TYPE;
    }

    @Override
    public Map<UUID, VersionView> visible(Collection<UUID> ids) {
        List<UUID> list = List.copyOf(ids);
        return references.resolve(list, id -> id).stream().filter(Objects::nonNull).collect(Collectors.toMap(VersionView::key, v -> v));
    }
}
