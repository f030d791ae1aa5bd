package org.assay.cap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The action summaries already read in this request: a status's {@code actions} and {@code currentRating}
 * fields come from the same two statements, read once however many of those fields a query selects.
 */
@RequestScoped
public class ActionSummariesOfRequest {

    @Inject
    ActionStatusSummaries summaries;

    private final Map<UUID, ActionStatusSummaries.Summary> read = new HashMap<>();

    public Map<UUID, ActionStatusSummaries.Summary> of(List<UUID> supplierIds) {
        List<UUID> missing = supplierIds.stream().filter(id -> !read.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            read.putAll(summaries.of(missing));
        }
        return read;
    }
}
