package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of the mutation payloads of features not converted yet: the result field(s) of the subclass plus
 * {@code userErrors} with string codes ({@link UntypedUserError}). Subclasses need a public no-argument constructor,
 * through which {@link Payloads} builds the failure payload. Not a GraphQL {@code Payload}: that interface marks the
 * payloads already converted.
 *
 * @deprecated a payload is a record implementing {@link Payload} with a static {@code failed(List<UserError>)} factory
 * and {@code userErrors} of the feature's {@code <Feature>UserError} type (see docs/architecture.md, "Mutations").
 */
@Deprecated
public abstract class MutationPayload {

    private List<UserError> errors = new ArrayList<>();

    @NonNull
    @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
    public List<@NonNull UntypedUserError> getUserErrors() {
        return errors.stream().map(UntypedUserError::of).toList();
    }

    public void failWith(List<UserError> userErrors) {
        this.errors = new ArrayList<>(userErrors);
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
