package org.assay.platform;

import io.smallrye.graphql.api.ErrorCode;

/** The caller's organisation has been suspended by the operator. */
@ErrorCode("ORGANISATION_SUSPENDED")
public class OrganisationSuspendedException extends ApiException {
    public OrganisationSuspendedException() {
        super("Your organisation is suspended on Assay; contact the operator.");
    }

    @Override
    public String code() {
        return "ORGANISATION_SUSPENDED";
    }
}
