package org.assay.platform;

/** A signed-in person the platform does not know: no organisation has added them yet. */
@io.smallrye.graphql.api.ErrorCode("NOT_A_MEMBER")
public class NotAMemberException extends ApiException {
    public NotAMemberException() {
        super(RequestErrorCode.NOT_A_MEMBER,
                "You are signed in but not a member of any organisation on Assay. Ask your organisation's admin or the operator to add you.");
    }
}
