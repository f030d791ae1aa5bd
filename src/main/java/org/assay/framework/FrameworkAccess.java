package org.assay.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.assay.platform.Caller;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;

/**
 * Who reads which framework version, one home for the queries, {@code node(id:)} and the references other features
 * resolve: published and retired versions to everyone signed in; the DRAFT (the next version being prepared) to
 * members and the operator only — to anyone else it answers like an unknown id.
 */
@RequestScoped
public class FrameworkAccess {

    @Inject
    Caller caller;

    /** Whether the caller sees the draft. */
    public boolean seesDrafts() {
        return caller.is(Role.OPERATOR) || caller.is(Role.MEMBER);
    }

    /** Whether the caller may read {@code v}. */
    public boolean mayRead(FrameworkVersion v) {
        return v != null && (v.status != VersionStatus.DRAFT || seesDrafts());
    }

    /** {@code v} when the caller may read it; NOT_FOUND (as for an unknown id) otherwise. */
    public FrameworkVersion visible(FrameworkVersion v) {
        if (!mayRead(v)) {
            throw new NotFoundException("Framework version");
        }
        return v;
    }
}
