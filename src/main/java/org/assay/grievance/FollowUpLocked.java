package org.assay.grievance;

import org.assay.platform.ApiException;

/** Too many wrong follow-up codes for a case, or too many attempts from one address: try again later. */
@io.smallrye.graphql.api.ErrorCode("LOCKED")
public class FollowUpLocked extends ApiException {
    public FollowUpLocked() {
        super(GrievanceErrorCode.LOCKED, "Too many attempts: this case or your connection is locked for a while; try again later");
    }
}
