package org.assay.evidence;

import org.assay.platform.Caller;

/**
 * Extension point: who else may read a document. The uploader's organisation, the supplier the document is about and
 * the operator always may; every CDI bean implementing this interface is then consulted, and one {@code true} is
 * enough. Examples: "the assessment body assigned to an assessment may read the documents it references"
 * (assessments), "a member with a full sharing grant may read the supplier's documents" (sharing).
 *
 * <p>Rules run inside the reading transaction and should cost at most one query; they must not change anything.
 */
public interface DocumentReadRule {

    /** Whether {@code caller} (a signed-in member of an active organisation) may read {@code document}. */
    boolean mayRead(Caller caller, DocumentRef document);
}
