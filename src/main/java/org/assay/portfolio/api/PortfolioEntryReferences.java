package org.assay.portfolio.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.portfolio.PortfolioService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The batch loader other features call to resolve a field of type {@code PortfolioEntry} on their own types
 * ({@code PortfolioSupplier.entry}): one statement for a whole list of parents, with portfolio's rule applied (the
 * caller's own entries only; any other entry is null, as for an unknown id).
 */
@ApplicationScoped
public class PortfolioEntryReferences {

    @Inject
    PortfolioService service;

    /** For a {@code @Source List} resolver: the entry each parent names ({@code idOf}), in the parents' order. */
    public <T> List<PortfolioEntryView> resolve(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        Map<UUID, PortfolioEntryView> views = service.own(ids.stream().filter(Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(l -> l.entry().id, PortfolioEntryView::of));
        List<PortfolioEntryView> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(id == null ? null : views.get(id));
        }
        return result;
    }
}
