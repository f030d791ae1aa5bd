package org.assay.membership.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Whether a person is an admin. */
@Name("SetPersonAdminInput")
@Description("Whether a person is an admin.")
public class SetPersonAdminInput {
    @NonNull @Id @Description("Membership id.")
    public String membershipId;
    @Description("True to make admin, false to remove admin rights (refused for the organisation's last admin).")
    public boolean admin;
}
