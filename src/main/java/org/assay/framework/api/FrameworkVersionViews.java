package org.assay.framework.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Framework versions as views, for a whole list at once: counts and the based-on numbers in one statement each. */
@ApplicationScoped
public class FrameworkVersionViews {

    @Inject
    FrameworkService frameworks;

    public VersionView view(FrameworkVersion v) {
        return views(List.of(v)).get(0);
    }

    public List<VersionView> views(List<FrameworkVersion> versions) {
        Map<UUID, long[]> counts = frameworks.counts(versions.stream().map(v -> v.id).toList());
        Map<UUID, FrameworkVersion> basedOn = frameworks.byIds(versions.stream().map(v -> v.basedOnId).filter(Objects::nonNull).toList());
        return versions.stream().map(v -> VersionView.of(v, counts.getOrDefault(v.id, new long[2]),
                v.basedOnId == null || !basedOn.containsKey(v.basedOnId) ? null : basedOn.get(v.basedOnId).label(),
                frameworks.scoringRulesOf(v))).toList();
    }
}
