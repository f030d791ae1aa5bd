package org.assay.framework.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkAccess;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The batch loader other features (and governance) call to resolve a field of type {@code FrameworkVersion} on their
 * own types ({@code Assessment.frameworkVersion}, {@code ChangeProposal.baseVersion}): one statement for the versions
 * of a whole list of parents (plus one for their counts and one for their based-on numbers), with the framework's
 * read rule applied ({@link FrameworkAccess}: a draft is null to suppliers and assessors, as for an unknown id).
 */
@ApplicationScoped
public class FrameworkVersionReferences {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkAccess access;

    @Inject
    FrameworkVersionViews views;

    /** For a {@code @Source List} resolver: the version each parent names ({@code idOf}), in the parents' order; null where none or not readable. */
    public <T> List<VersionView> resolve(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        List<FrameworkVersion> readable = frameworks.byIds(ids.stream().filter(Objects::nonNull).toList()).values().stream()
                .filter(access::mayRead).toList();
        Map<UUID, VersionView> byId = new java.util.HashMap<>();
        views.views(readable).forEach(v -> byId.put(v.key(), v));
        List<VersionView> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(id == null ? null : byId.get(id));
        }
        return result;
    }
}
