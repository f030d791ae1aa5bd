package org.assay.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import org.assay.platform.Caller;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DocumentReadRule} as another feature would add one; grants are set by tests (none by default). */
@ApplicationScoped
public class GrantedInTestRule implements DocumentReadRule {

    static final Set<String> GRANTS = ConcurrentHashMap.newKeySet();

    static void grant(String organisationId, String documentId) {
        GRANTS.add(organisationId + "/" + documentId);
    }

    @Override
    public boolean mayRead(Caller caller, DocumentRef document) {
        return GRANTS.contains(caller.organisationId() + "/" + document.id());
    }
}
