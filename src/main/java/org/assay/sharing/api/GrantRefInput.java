package org.assay.sharing.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** Refers to one grant. */
@Name("GrantRefInput")
@Description("Refers to one grant.")
public class GrantRefInput {
    @NonNull @Id @Description("The grant (its global id; a legacy raw id is still accepted).") public String grantId;
}
