package org.assay.framework.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkAccess;
import org.assay.framework.FrameworkService;
import org.assay.framework.Indicator;
import org.assay.framework.Language;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code node(id:)} for indicators: the rule of the version that holds them, as for {@code frameworkVersion(id:)} and its
 * {@code indicators} ({@link FrameworkAccess#mayRead}: a draft's indicators to members and the operator only, to anyone
 * else exactly like an unknown id). Titles and guidance in English (a node has no language argument). Four statements
 * whatever the number of ids ({@link FrameworkService#contentsOf}).
 */
@ApplicationScoped
public class IndicatorNodes implements NodeResolver {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkAccess access;

    @Override
    public NodeType type() {
        return IndicatorView.TYPE;
    }

    @Override
    public Map<UUID, IndicatorView> visible(Collection<UUID> ids) {
        Map<UUID, IndicatorView> out = new HashMap<>();
        for (FrameworkService.Content c : frameworks.contentsOf(ids, access::mayRead)) {
            for (Indicator i : c.indicators) {
                out.put(i.id, IndicatorView.of(c, i, Language.EN));
            }
        }
        return out;
    }
}
