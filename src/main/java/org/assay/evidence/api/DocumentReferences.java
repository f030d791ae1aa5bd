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
 * ({@code Answer.document}, {@code Certificate.document}; lists such as {@code Answer.evidence}): a constant number of statements for a whole list of parents
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
     * For a {@code @Source List} resolver of a list field ({@code Answer.evidence}): the documents each parent cites
     * ({@code idsOf}: the raw ids the parent's view carries), in the order it cites them, leaving out those the caller may not read exactly like unknown ones.
     * One lookup for all parents.
     */
    public <T> List<List<DocumentView>> resolveEach(List<T> parents, Function<T, List<String>> idsOf) {
        List<List<UUID>> cited = parents.stream().map(idsOf).map(DocumentReferences::keys).toList();
        Map<UUID, DocumentView> views = of(cited.stream().flatMap(List::stream).filter(Objects::nonNull).distinct().toList());
        List<List<DocumentView>> result = new ArrayList<>(cited.size());
        for (List<UUID> ids : cited) {
            result.add(ids.stream().filter(Objects::nonNull).distinct().map(views::get).filter(Objects::nonNull).toList());
        }
        return result;
    }

    /** The document ids a view carries as text (raw UUIDs). */
    private static List<UUID> keys(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
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
