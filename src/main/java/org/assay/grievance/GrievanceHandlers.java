package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.membership.Membership;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;

import java.util.List;
import java.util.UUID;

/** Appointing the operator's grievance handlers: an admin of the operator picks people of the operator. */
@ApplicationScoped
public class GrievanceHandlers {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A handler and the person behind it. */
    public record Appointed(GrievanceHandler handler, Membership person) {
    }

    public Appointed appoint(UUID membershipId) {
        Membership m = operatorStaff(membershipId);
        if (em.find(GrievanceHandler.class, m.id) != null) {
            throw new UserInputException("input.personId", GrievanceErrorCode.ALREADY_HANDLER, "this person already handles grievances");
        }
        GrievanceHandler h = new GrievanceHandler();
        h.membershipId = m.id;
        h.appointedAt = clock.now();
        h.appointedBy = caller.subject();
        em.persist(h);
        return new Appointed(h, m);
    }

    public Appointed remove(UUID membershipId) {
        Membership m = operatorStaff(membershipId);
        GrievanceHandler h = em.find(GrievanceHandler.class, m.id);
        if (h == null) {
            throw new UserInputException("input.personId", GrievanceErrorCode.NOT_HANDLER, "this person does not handle grievances");
        }
        em.remove(h);
        return new Appointed(h, m);
    }

    public List<Appointed> list() {
        return em.createQuery("select h, m from GrievanceHandler h, Membership m where m.id = h.membershipId order by h.appointedAt",
                Object[].class).getResultList().stream().map(r -> new Appointed((GrievanceHandler) r[0], (Membership) r[1])).toList();
    }

    private Membership operatorStaff(UUID membershipId) {
        if (!caller.isAdmin()) {
            throw new UserInputException("input.personId", GrievanceErrorCode.NOT_FOUND, "only an admin of the operator appoints grievance handlers");
        }
        Membership m = membershipId == null ? null : em.find(Membership.class, membershipId);
        if (m == null) {
            throw new UserInputException("input.personId", GrievanceErrorCode.NOT_FOUND, "no person with this id");
        }
        Organisation o = em.find(Organisation.class, m.organisationId);
        if (o == null || o.kind != OrganisationKind.OPERATOR) {
            throw new UserInputException("input.personId", GrievanceErrorCode.NOT_OPERATOR_STAFF, "only people of the operator handle grievances");
        }
        return m;
    }
}
