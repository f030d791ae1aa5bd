package org.assay.sharing;

import org.eclipse.microprofile.graphql.Description;

@Description("Who a sharing grant is for.")
public enum GrantAudience {
    @Description("One member firm.") MEMBER,
    @Description("Every member firm of the consortium.") ALL_MEMBERS,
    @Description("Every signed-in user of the platform (public disclosure).") PUBLIC
}
