package org.assay.evidence;

import org.assay.platform.Caller;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Extension point: who else may read a document. The uploader's organisation, the supplier the document is about and
 * the operator always may; every CDI bean implementing this interface is then consulted, and one {@code true} is
 * enough. Examples: "the assessment body assigned to an assessment may read the documents it references"
 * (assessments), "a member with a full sharing grant may read the supplier's documents" (sharing).
 *
 * <p>Rules run inside the reading transaction and should cost at most one query; they must not change anything
 * (apart from recording a read, as sharing's rule does).
 */
public interface DocumentReadRule {

    /** Whether {@code caller} (a signed-in member of an active organisation) may read {@code document}. */
    boolean mayRead(Caller caller, DocumentRef document);

    /**
     * Of {@code documents}, the ids of those {@code caller} may read: what batch readers ask for a whole response at
     * once ({@link EvidenceService#readable}). The default asks {@link #mayRead(Caller, DocumentRef)} once per document,
     * so it costs a query per document: a rule that queries overrides it with a bounded number of statements (one, as a
     * rule), whatever the number of documents.
     */
    default Set<UUID> mayRead(Caller caller, Collection<DocumentRef> documents) {
        Set<UUID> readable = new HashSet<>();
        for (DocumentRef d : documents) {
            if (mayRead(caller, d)) {
                readable.add(d.id());
            }
        }
        return readable;
    }
}
