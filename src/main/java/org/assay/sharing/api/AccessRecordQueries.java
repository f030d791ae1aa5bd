package org.assay.sharing.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentReferences;
import org.assay.assessment.api.AssessmentView;
import org.assay.audit.AuditTrail;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Caller;
import org.assay.platform.InvalidArgumentException;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.sharing.AccessRecord;
import org.assay.sharing.Metering;
import org.assay.sharing.SharedResults;
import org.assay.sharing.UsageKind;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who read shared results (the supplier read, the operator) and usage totals (each organisation its own, the operator any). */
@GraphQLApi
@Transactional
public class AccessRecordQueries {

    @Inject Caller caller;
    @Inject SharedResults results;
    @Inject Metering metering;
    @Inject AuditTrail auditTrail;
    @Inject SharingViews views;
    @Inject OrganisationReferences organisations;
    @Inject AssessmentReferences assessments;

    @Query
    @Allow({Role.SUPPLIER, Role.OPERATOR})
    @Description("Who read shared results, newest first: a supplier sees the records about itself; the operator all (optionally of one supplier). "
            + "Reading the records is itself audited.")
    public AccessRecordConnection accessRecords(@Id @Description("Operator only: only records about this supplier.") String supplierId,
                                                @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        UUID supplier = caller.is(Role.SUPPLIER) ? caller.organisationId() : Ids.parse("supplierId", supplierId);
        PageRequest.Slice<AccessRecord> slice = page.slice(results.records(supplier, null, page),
                r -> PageRequest.encode(r.readAt.toString(), r.id.toString()));
        auditTrail.append("accessRecords", supplier == null ? List.of() : List.of(supplier.toString()),
                Map.of("supplierId", String.valueOf(supplier), "first", page.first(), "after", String.valueOf(after)));
        return slice.connection(views.records(slice.items()), AccessRecordEdge::new, AccessRecordConnection::new);
    }

    @Name("supplier")
    @Allow({Role.SUPPLIER, Role.OPERATOR})
    @Description("Whose results were read, under the organisation's own rule.")
    public List<@NonNull OrganisationView> recordSupplier(@Source List<AccessRecordView> records) {
        return organisations.resolve(records, AccessRecordView::supplierKey);
    }

    @Name("assessment")
    @Allow({Role.SUPPLIER, Role.OPERATOR})
    @Description("The assessment read, under assessment's own rule. Only the supplier read and the operator see access records, and both see "
            + "every assessment of the supplier, so a record of an older (superseded or no longer newest) assessment still resolves to it; "
            + "null when the read showed no assessment.")
    public List<AssessmentView> recordAssessment(@Source List<AccessRecordView> records) {
        return assessments.resolve(records, AccessRecordView::assessmentKey);
    }

    @Query
    @Allow({Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
    @Description("Usage totals by kind for an organisation and period [from, to): your own organisation's, or any for the operator.")
    public UsageReport usageReport(@Id @Description("Operator only: whose usage; others always get their own.") String organisationId,
                                   @NonNull @Description("Start of the period (inclusive).") Instant from,
                                   @NonNull @Description("End of the period (exclusive).") Instant to) {
        UUID org = caller.is(Role.OPERATOR) && organisationId != null ? Ids.parse("organisationId", organisationId) : caller.organisationId();
        if (!to.isAfter(from)) {
            throw new InvalidArgumentException("`to` must be after `from`");
        }
        Map<UsageKind, Long> totals = metering.totals(org, from, to);
        return new UsageReport(org.toString(), org, from, to, totals.entrySet().stream().map(e -> new UsageTotal(e.getKey(), e.getValue())).toList());
    }

    @Name("organisation")
    @Allow({Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
    @Description("Whose usage, under the organisation's own rule (in full: your own organisation, or any for the operator).")
    public List<@NonNull OrganisationView> usageOrganisation(@Source List<UsageReport> reports) {
        return organisations.resolve(reports, UsageReport::organisationKey);
    }
}
