package org.assay.sharing.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.api.OrganisationRef;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.sharing.AccessRecord;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.UUID;

/** One read of shared results as the schema shows it: to the supplier read and the operator. */
@Name("AccessRecord")
@Description("One read of a supplier's shared results. The supplier read and the operator see it.")
public record AccessRecordView(@NonNull @Id @Description("Global id of the record.") String id,
                               @Ignore UUID key,
                               @NonNull @Description("The organisation that read.") OrganisationRef reader,
                               @NonNull @Description("The person (OIDC subject) who read.") String subject,
                               @NonNull @Id @Deprecated(reason = "Use `supplier { id }`: the supplier as an `Organisation` (its `id` is the organisation's global id).")
                               @Description("The supplier's raw id. Deprecated: use `supplier`.") String supplierId,
                               @Ignore UUID supplierKey,
                               @Id @Deprecated(reason = "Use `assessment`.") @Description("The raw id of the assessment read. Deprecated: use `assessment`.") String assessmentId,
                               @Ignore UUID assessmentKey,
                               @NonNull @Description("At what level.") SharingLevel level,
                               @NonNull @Description("When.") Instant readAt) implements Node {

    /** The node type of access records: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("AccessRecord");

    static AccessRecordView of(AccessRecord r, String readerName) {
        return new AccessRecordView(TYPE.id(r.id), r.id, new OrganisationRef(r.memberId.toString(), readerName), r.subject,
                r.supplierId.toString(), r.supplierId, r.assessmentId == null ? null : r.assessmentId.toString(), r.assessmentId, r.level, r.readAt);
    }
}
