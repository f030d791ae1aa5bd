package org.assay.sharing.api;

import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Accept a sharing request. */
@Name("AcceptSharingRequestInput")
@Description("Accept a sharing request.")
public class AcceptSharingRequestInput {
    @NonNull @Id @Description("The request (its global id; a legacy raw id is still accepted).") public String requestId;
    @NonNull @Description("Level to share.") public SharingLevel level;
    @Description("Last day it applies; omit for no end.") public LocalDate validUntil;
}
