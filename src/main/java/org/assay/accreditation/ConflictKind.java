package org.assay.accreditation;

import org.eclipse.microprofile.graphql.Description;

/** Why an assessment body and a supplier are not independent of each other. */
@Description("Kind of conflict of interest between an assessment body and a supplier.")
public enum ConflictKind {
    @Description("The body (or its staff) advised or consulted for the supplier.") CONSULTING,
    @Description("One holds a share in the other, or they have a common owner.") OWNERSHIP,
    @Description("Family or close personal ties between their people.") PERSONAL_TIES,
    @Description("Another reason; the description says which.") OTHER
}
