package org.assay.sharing.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;


/** A sharing request. */
@Name("RequestSharingInput")
@Description("A sharing request.")
public class RequestSharingInput {
    @NonNull @Id @Description("The supplier to ask.") public String supplierId;
}
