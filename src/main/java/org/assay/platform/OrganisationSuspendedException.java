package org.assay.platform;

/** The caller's organisation has been suspended by the operator. */
@io.smallrye.graphql.api.ErrorCode("ORGANISATION_SUSPENDED")
public class OrganisationSuspendedException extends ApiException {
    public OrganisationSuspendedException() {
        super(RequestErrorCode.ORGANISATION_SUSPENDED, "Your organisation is suspended on Assay; contact the operator.");
    }
}
