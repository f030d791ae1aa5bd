package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * What every mutation returns (Shopify rules #23–24): the result fields, nullable, and {@code userErrors}, never null.
 * A payload is a record {@code <Action>Payload(<result fields>…, List<<Feature>UserError> userErrors)} that also
 * declares the failure factory {@code public static <Action>Payload failed(List<UserError> errors)}: {@link OperationGuard}
 * builds the payload of a refused mutation through it ({@link Payloads}; a missing factory stops the service at start).
 */
@Name("Payload")
@Description("The result of a mutation: its result fields (null when the mutation failed) and `userErrors`.")
public interface Payload {

    @Name("userErrors")
    @NonNull
    @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
    List<@NonNull ? extends DisplayableError> userErrors();

    /** Ids of what the mutation created or changed (raw UUIDs, as the audit trail has always stored them). */
    List<String> auditTargetIds();

    /** True when this payload answers a retry with an idempotency key already used: nothing changed, nothing is audited. */
    default boolean replay() {
        return false;
    }
}
