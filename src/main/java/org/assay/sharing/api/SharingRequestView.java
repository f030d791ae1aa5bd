package org.assay.sharing.api;

import org.assay.assessment.api.OrganisationRef;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.sharing.SharingLevel;
import org.assay.sharing.SharingRequest;
import org.assay.sharing.SharingRequestStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A sharing request as the schema shows it: to the member that asked and the supplier asked, nobody else. */
@Name("SharingRequest")
@Description("A member's request for a supplier's results. Only the member that asked and the supplier asked see it.")
public record SharingRequestView(@NonNull @Id @Description("Global id of the request.") String id,
                                 @Ignore UUID key,
                                 @NonNull @Description("The member that asked.") OrganisationRef member,
                                 @NonNull @Description("The supplier asked.") OrganisationRef supplier,
                                 @NonNull @Description("Where it stands.") SharingRequestStatus status,
                                 @Description("Level granted, when accepted.") SharingLevel level,
                                 @NonNull @Description("When it was asked.") Instant requestedAt,
                                 @Description("When the supplier decided.") Instant decidedAt) implements Node {

    /** The node type of sharing requests: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("SharingRequest");

    static SharingRequestView of(SharingRequest r, Map<UUID, String> names) {
        return new SharingRequestView(TYPE.id(r.id), r.id, new OrganisationRef(r.memberId.toString(), names.get(r.memberId)),
                new OrganisationRef(r.supplierId.toString(), names.get(r.supplierId)), r.status, r.level, r.createdAt, r.decidedAt);
    }
}
