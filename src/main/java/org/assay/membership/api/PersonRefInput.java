package org.assay.membership.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Refers to one person's membership. */
@Name("PersonRefInput")
@Description("Refers to one person's membership.")
public class PersonRefInput {
    @NonNull @Id @Description("Membership id.")
    public String membershipId;
}
