package org.assay.membership.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A person to move and where to. */
@Name("MovePersonInput")
@Description("A person to move to another organisation, and where to.")
public class MovePersonInput {
    @NonNull @Id @Description("Membership id of the person to move.")
    public String personId;
    @NonNull @Id @Description("Organisation the person will belong to.")
    public String toOrganisationId;
}
