package org.assay.sharing.api;

import org.assay.sharing.GrantAudience;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** A grant to create or change. */
@Name("GrantSharingInput")
@Description("A grant to create or change.")
public class GrantSharingInput {
    @NonNull @Description("Who it is for.") public GrantAudience audience;
    @Id @Description("The member firm, for audience MEMBER.") public String memberId;
    @NonNull @Description("Level to share.") public SharingLevel level;
    @Description("Last day it applies; omit for no end.") public LocalDate validUntil;
}
