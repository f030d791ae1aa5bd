package org.assay.platform;

/**
 * Ends a long-lived subscription whose caller is no longer who it was when it started: its membership was removed or
 * changed (organisation, role, admin flag) or its organisation suspended. The client subscribes again, and is then
 * answered as any new request would be.
 */
@io.smallrye.graphql.api.ErrorCode("MEMBERSHIP_CHANGED")
public class MembershipChangedException extends ApiException {
    public MembershipChangedException() {
        super(RequestErrorCode.MEMBERSHIP_CHANGED,
                "Your membership changed since this subscription started (removed, moved, a new role or a suspension): subscribe again.");
    }
}
