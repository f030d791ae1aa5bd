package org.assay.accreditation;

import org.eclipse.microprofile.graphql.Description;

/** Where an accreditation stands on a given day. */
@Description("Where an accreditation stands today.")
public enum AccreditationStatus {
    @Description("Valid today and not withdrawn.") ACTIVE,
    @Description("Its validity has not started yet.") NOT_YET_VALID,
    @Description("Its validity has ended.") EXPIRED,
    @Description("Withdrawn by the operator.") WITHDRAWN
}
