package org.assay.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.UUID;

/**
 * The caller's (a member's) requirement profile: create, replace, clear, read. The member is always the caller's
 * organisation, so no member can read or change another's profile.
 */
@ApplicationScoped
public class RequirementProfiles {

    public static final int MAX_DAYS_VALID = 1830;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public RequirementProfile mine() {
        return em.find(RequirementProfile.class, caller.organisationId());
    }

    /** The criteria of a member's profile, or null when it has none (one statement). */
    public RequirementCheck.Criteria criteriaOf(UUID memberId) {
        RequirementProfile p = em.find(RequirementProfile.class, memberId);
        return p == null ? null : p.criteria();
    }

    public RequirementProfile create(RequirementCheck.Criteria criteria) {
        validate(criteria);
        UUID member = caller.organisationId();
        if (em.find(RequirementProfile.class, member) != null) {
            throw alreadyExists();
        }
        RequirementProfile p = new RequirementProfile();
        p.memberId = member;
        p.createdAt = clock.now();
        apply(p, criteria);
        try {
            em.persist(p);
            em.flush();
        } catch (PersistenceException e) {
            throw alreadyExists(); // created concurrently
        }
        return p;
    }

    /** Replaces every criterion: one not given is no longer asked. */
    public RequirementProfile update(RequirementCheck.Criteria criteria) {
        validate(criteria);
        RequirementProfile p = em.find(RequirementProfile.class, caller.organisationId());
        if (p == null) {
            throw new UserInputException(null, OverviewErrorCode.NOT_FOUND, "you have no requirement profile yet; create one with createRequirementProfile");
        }
        apply(p, criteria);
        em.flush();
        return p;
    }

    /** Removes the profile; returns it as it was. */
    public RequirementProfile clear() {
        RequirementProfile p = em.find(RequirementProfile.class, caller.organisationId());
        if (p == null) {
            throw new UserInputException(null, OverviewErrorCode.NOT_FOUND, "you have no requirement profile");
        }
        em.remove(p);
        return p;
    }

    private void apply(RequirementProfile p, RequirementCheck.Criteria c) {
        p.minCurrentRating = c.minCurrentRating();
        p.essentialIndicatorsMet = c.essentialIndicatorsMet();
        p.noOverdueCriticalActions = c.noOverdueCriticalActions();
        p.minMethod = c.minMethod();
        p.minDaysValid = c.minDaysValid();
        p.updatedAt = clock.now();
        p.updatedBy = caller.subject();
    }

    private static void validate(RequirementCheck.Criteria c) {
        Validation v = new Validation();
        if (c.minDaysValid() != null && (c.minDaysValid() < 1 || c.minDaysValid() > MAX_DAYS_VALID)) {
            v.add("input.minDaysValid", OverviewErrorCode.OUT_OF_RANGE, "input.minDaysValid must be between 1 and " + MAX_DAYS_VALID + " days");
        }
        if (c.isEmpty()) {
            v.add("input", OverviewErrorCode.EMPTY_PROFILE, "set at least one criterion (to remove the profile, use clearRequirementProfile)");
        }
        v.throwIfAny();
    }

    private static UserInputException alreadyExists() {
        return new UserInputException(null, OverviewErrorCode.ALREADY_EXISTS, "you already have a requirement profile; change it with updateRequirementProfile");
    }
}
