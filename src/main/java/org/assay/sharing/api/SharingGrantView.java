package org.assay.sharing.api;

import org.assay.assessment.api.OrganisationRef;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.sharing.GrantAudience;
import org.assay.sharing.SharingGrant;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A grant as the schema shows it: only ever to the supplier that gave it. */
@Name("SharingGrant")
@Description("A supplier's consent to share its results. Only the supplier that gave it sees it.")
public record SharingGrantView(@NonNull @Id @Description("Global id of the grant.") String id,
                               @Ignore UUID key,
                               @NonNull @Description("Who it is for.") GrantAudience audience,
                               @Description("The member, for audience MEMBER.") OrganisationRef member,
                               @NonNull @Description("Level shared.") SharingLevel level,
                               @Description("Last day it applies; null for no end.") LocalDate validUntil,
                               @NonNull @Description("When it was first granted.") Instant grantedAt,
                               @Description("When it was revoked, if it was.") Instant revokedAt,
                               @Description("Whether it applies today (the platform's clock, UTC).") boolean active) implements Node {

    /** The node type of grants: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("SharingGrant");

    static SharingGrantView of(SharingGrant g, String memberName, LocalDate today) {
        return new SharingGrantView(TYPE.id(g.id), g.id, g.audience,
                g.memberId == null ? null : new OrganisationRef(g.memberId.toString(), memberName), g.level, g.validUntil,
                g.createdAt, g.revokedAt, g.activeOn(today));
    }
}
