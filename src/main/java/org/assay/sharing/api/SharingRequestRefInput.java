package org.assay.sharing.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** Refers to one sharing request. */
@Name("SharingRequestRefInput")
@Description("Refers to one sharing request.")
public class SharingRequestRefInput {
    @NonNull @Id @Description("The request (its global id; a legacy raw id is still accepted).") public String requestId;
}
