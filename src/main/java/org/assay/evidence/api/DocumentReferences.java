package org.assay.evidence.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.evidence.DocumentReadRule;
import org.assay.evidence.EvidenceService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The batch loader other features call to resolve a field of type {@code Document} on their own types
 * ({@code Answer.document}, {@code Certificate.document}): a constant number of statements for a whole list of parents
 * ({@link EvidenceService#readable}: one for the documents, one per {@link DocumentReadRule}), with evidence's read rule
 * applied. A document the caller may not read is null, exactly as an unknown one: the field never tells whether it exists.
 *
 * <p>The pattern, in the referencing feature's API room (the {@code @Source List} resolver is called once per list):
 * <pre>{@code
 * @Allow({...the roles that can reach the parent type...}) @Transactional
 * public List<DocumentView> document(@Source List<AnswerView> answers) {
 *     return documents.resolve(answers, AnswerView::documentKey);
 * }
 * }</pre>
 */
@ApplicationScoped
public class DocumentReferences {

    @Inject
    EvidenceService evidence;

    /** The documents with these ids the caller may read, by id (unknown and unreadable ids left out alike). */
    public Map<UUID, DocumentView> of(Collection<UUID> ids) {
        Map<UUID, DocumentView> views = new HashMap<>();
        evidence.readable(ids).forEach((id, ref) -> views.put(id, DocumentView.of(ref)));
        return views;
    }

    /**
     * For a {@code @Source List} resolver: the document each parent names ({@code idOf}), in the parents' order; null
     * where a parent names none, or one the caller may not read.
     */
    public <T> List<DocumentView> resolve(List<T> parents, Function<T, UUID> idOf) {
        List<UUID> ids = parents.stream().map(idOf).toList();
        Map<UUID, DocumentView> views = of(ids.stream().filter(Objects::nonNull).toList());
        List<DocumentView> result = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            result.add(id == null ? null : views.get(id));
        }
        return result;
    }
}
