package org.assay.grievance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Caller;
import org.assay.platform.Role;

import java.util.UUID;

/**
 * Who sees which grievance — the one home of the rule, used by the queries, {@code node(id:)} and every mutation:
 * the operator's grievance handlers see every grievance with its protected fields; a supplier sees the grievances about
 * itself, never their protected fields nor the complainant's channel; nobody else sees any (members see counts only,
 * through {@link GrievanceSummaries}).
 */
@RequestScoped
public class GrievanceAccess {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    private Boolean handler;

    /** Whether the caller is one of the operator's grievance handlers (one statement, once per request). */
    public boolean isHandler() {
        if (handler == null) {
            handler = caller.is(Role.OPERATOR) && caller.subject() != null && caller.organisationIdIfAny().isPresent()
                    && isHandler(em, caller.subject(), caller.organisationId());
        }
        return handler;
    }

    /**
     * Whether the person {@code subject} of organisation {@code organisationId} is one of the operator's grievance
     * handlers (one statement) — also how the event feed decides who reads grievance events in full (events.EventAudience).
     */
    public static boolean isHandler(EntityManager em, String subject, UUID organisationId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from grievance_handler h join membership m on m.id = h.membership_id
                        where m.subject = ?1 and m.organisation_id = ?2""")
                .setParameter(1, subject).setParameter(2, organisationId).getSingleResult()).longValue() > 0;
    }

    /** Whether the caller is the supplier the grievance is about. */
    public boolean isSupplierOf(UUID supplierId) {
        return caller.is(Role.SUPPLIER) && caller.organisationIdIfAny().map(supplierId::equals).orElse(false);
    }

    public boolean mayRead(Grievance g) {
        return g != null && (isHandler() || isSupplierOf(g.supplierId));
    }

    /** The supplier whose grievances the caller may list, or null for handlers (all). */
    public UUID listScope() {
        return isHandler() ? null : caller.organisationId();
    }
}
