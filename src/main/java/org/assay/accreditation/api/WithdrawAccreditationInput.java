package org.assay.accreditation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Input of {@code withdrawAccreditation}. */
@Name("WithdrawAccreditationInput")
@Description("An accreditation to withdraw.")
public class WithdrawAccreditationInput {
    @NonNull @Id @Description("The accreditation.")
    public String accreditationId;
    @NonNull @Description("Why it is withdrawn, up to 1000 characters.")
    public String reason;
}
