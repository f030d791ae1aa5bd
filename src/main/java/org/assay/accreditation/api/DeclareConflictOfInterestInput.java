package org.assay.accreditation.api;

import org.assay.accreditation.ConflictKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Input of {@code declareConflictOfInterest}. */
@Name("DeclareConflictOfInterestInput")
@Description("A conflict of interest between the caller's organisation and another party.")
public class DeclareConflictOfInterestInput {
    @NonNull @Id @Description("The other party: a supplier when the caller is an assessment body, an assessment body when the caller is a supplier.")
    public String counterpartyId;
    @NonNull @Description("Kind of conflict.")
    public ConflictKind kind;
    @NonNull @Description("What the conflict is, 1–2000 characters.")
    public String description;
}
