package org.assay.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.assay.platform.Caller;
import org.assay.platform.Role;

import java.util.UUID;

/**
 * The one home of organisation's read rule: the operator reads every organisation, everyone else their own. Used by
 * {@code organisation(id:)}, by {@code node(id:)} for organisations, and by references from other features' types,
 * which show an organisation the caller may not read in full as its public profile only (no status, no admission date).
 */
@RequestScoped
public class OrganisationAccess {

    @Inject
    Caller caller;

    /** Whether the caller may read this organisation in full (and fetch it by id). */
    public boolean mayRead(UUID organisationId) {
        return organisationId != null && (caller.is(Role.OPERATOR)
                || caller.organisationIdIfAny().filter(organisationId::equals).isPresent());
    }
}
