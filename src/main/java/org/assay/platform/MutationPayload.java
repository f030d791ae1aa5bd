package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every mutation payload: the result field(s) of the subclass plus {@code userErrors}.
 * Subclasses need a public no-argument constructor: {@link OperationGuard} builds the failure payload.
 */
public abstract class MutationPayload {

    private List<UserError> userErrors = new ArrayList<>();

    @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
    public List<UserError> getUserErrors() {
        return userErrors;
    }

    public void setUserErrors(List<UserError> userErrors) {
        this.userErrors = new ArrayList<>(userErrors);
    }

    private boolean replay;

    /** True when this payload answers a retry with an idempotency key already used: nothing changed, nothing is audited. */
    @Ignore
    public boolean isReplay() {
        return replay;
    }

    public void markReplay() {
        this.replay = true;
    }

    /** Ids of what the mutation created or changed, for the audit trail. */
    @Ignore
    public abstract List<String> auditTargetIds();
}
