package org.assay.platform;

import io.smallrye.graphql.api.ErrorCode;

/** A signed-in person the platform does not know: no organisation has added them yet. */
@ErrorCode("NOT_A_MEMBER")
public class NotAMemberException extends ApiException {
    public NotAMemberException() {
        super("You are signed in but not a member of any organisation on Assay. Ask your organisation's admin or the operator to add you.");
    }

    @Override
    public String code() {
        return "NOT_A_MEMBER";
    }
}
