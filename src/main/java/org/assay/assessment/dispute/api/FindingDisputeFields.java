package org.assay.assessment.dispute.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.FindingView;
import org.assay.assessment.dispute.Disputes;
import org.assay.assessment.dispute.FindingDispute;
import org.assay.evidence.api.DocumentReferences;
import org.assay.evidence.api.DocumentView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code Finding.dispute}, for a whole list of findings in one statement. Whoever reaches a finding (the operator, the
 * assigned body, the supplier, a member through a FULL grant) sees its dispute: the finding's own access rule, applied
 * where the finding was read, is the dispute's.
 */
@GraphQLApi
public class FindingDisputeFields {

    @Inject
    Disputes disputes;

    @Inject
    DocumentReferences documents;

    @NonNull
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Transactional
    @Description("The evidence documents the supplier cited, in its order (download each with its `downloadPath`); those evidence's "
            + "read rule hides from you are left out, exactly like unknown ones.")
    public List<@NonNull List<@NonNull DocumentView>> evidence(@Source List<FindingDisputeView> disputes) {
        return documents.resolveEach(disputes, FindingDisputeView::evidenceDocumentIds);
    }

    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER, Role.MEMBER})
    @Transactional
    @Description("The supplier's dispute of this finding and its outcome; null when the finding is not disputed.")
    public List<FindingDisputeView> dispute(@Source List<FindingView> findings) {
        Map<UUID, FindingDispute> byFinding = disputes.of(findings.stream().map(f -> UUID.fromString(f.id())).distinct().toList());
        return findings.stream().map(f -> {
            FindingDispute d = byFinding.get(UUID.fromString(f.id()));
            return d == null ? null : FindingDisputeView.of(d);
        }).toList();
    }
}
