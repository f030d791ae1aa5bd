package org.assay.sharing;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.Answering;
import org.assay.assessment.Assessment;
import org.assay.framework.AssessmentMethod;
import org.assay.assessment.Publication;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.assessment.AssessmentViews.AnswerView;
import org.assay.assessment.AssessmentViews.FindingView;
import org.assay.assessment.AssessmentViews.OrganisationRef;
import org.assay.assessment.AssessmentViews.ThemeScoreView;
import org.assay.framework.scoring.ScoreCard;
import org.assay.audit.AuditTrail;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationNames;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Sharing: grants and requests (the supplier's consent), shared results at the granted level, access
 * records and usage. Full-only data under a summary grant is refused field by field: the {@code detail}
 * field is null with a {@code forbidden} error at its path — the same rule everywhere.
 */
@GraphQLApi
public class SharingApi {

    @Inject Caller caller;
    @Inject EntityManager em;
    @Inject Sharing sharing;
    @Inject SharedResults results;
    @Inject Metering metering;
    @Inject Publication publication;
    @Inject Answering answering;
    @Inject AuditTrail auditTrail;
    @Inject OrganisationNames names;
    @Inject Clock clock;

    // ---------------- what a member (or anyone signed in) sees ----------------

    @Query
    @Allow({Role.MEMBER, Role.OPERATOR, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("A supplier's shared results, as far as its grants allow you: `access` says how far; `summary` needs SUMMARY, `detail` needs FULL "
            + "(otherwise null with a `forbidden` error at that field). Every read is recorded for the supplier.")
    public SharedResultsView sharedResults(@NonNull @Id @Description("Supplier organisation id.") String supplierId) {
        UUID id = Ids.parse("supplierId", supplierId);
        Organisation s = em.find(Organisation.class, id);
        if (s == null || s.kind != OrganisationKind.SUPPLIER) {
            throw new NotFoundException("Supplier");
        }
        return new SharedResultsView(s.id.toString(), s.name, s.country, results.levelFor(id));
    }

    @Allow({Role.MEMBER, Role.OPERATOR, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Summary of the newest published assessment (needs SUMMARY or FULL access); null when nothing is published.")
    public ResultSummary summary(@Source SharedResultsView shared) {
        require(shared, org.assay.sharing.SharingLevel.SUMMARY);
        UUID supplierId = UUID.fromString(shared.supplierId());
        Assessment a = results.current(supplierId);
        if (a == null) {
            return null;
        }
        results.recordRead(supplierId, a.id, SharingLevel.SUMMARY);
        ScoreCard card = publication.scoreCard(a, publication.openCriticalFindings(a.id));
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity sv : Severity.values()) counts.put(sv, 0);
        answering.findings(a.id).forEach(f -> counts.merge(f.severity, 1, Integer::sum));
        return new ResultSummary(a.id.toString(), a.method, a.publishedAt, a.validFrom, a.validUntil, a.overallScore, a.rating,
                card.themes().stream().map(t -> new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount())).toList(),
                new FindingCounts(counts.get(Severity.CRITICAL), counts.get(Severity.MAJOR), counts.get(Severity.MINOR), counts.get(Severity.OBSERVATION)));
    }

    @Allow({Role.MEMBER, Role.OPERATOR, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Indicator answers, comments, findings and evidence of the newest published assessment (needs FULL access).")
    public ResultDetail detail(@Source SharedResultsView shared) {
        require(shared, SharingLevel.FULL);
        UUID supplierId = UUID.fromString(shared.supplierId());
        Assessment a = results.current(supplierId);
        if (a == null) {
            return null;
        }
        results.recordRead(supplierId, a.id, SharingLevel.FULL);
        List<AnswerView> answers = answering.answers(a.id).stream().map(AnswerView::of).toList();
        List<FindingView> findings = answering.findings(a.id).stream().map(FindingView::of).toList();
        Set<String> docs = new HashSet<>();
        answers.forEach(x -> { docs.addAll(x.evidenceDocumentIds()); if (x.documentId() != null) docs.add(x.documentId()); });
        findings.forEach(f -> docs.addAll(f.evidenceDocumentIds()));
        return new ResultDetail(a.id.toString(), answers, findings, docs.stream().sorted().toList());
    }

    private static void require(SharedResultsView shared, SharingLevel needed) {
        if (!shared.access().covers(needed)) {
            throw new ForbiddenException("not shared with you at level " + needed);
        }
    }

    // ---------------- grants and requests ----------------

    @Query
    @Allow(Role.SUPPLIER)
    @Transactional
    @Description("The calling supplier's grants (live and revoked): who may see its results, at what level, until when.")
    public SharingGrantConnection mySharingGrants(@Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                  @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<SharingGrant> slice = page.slice(sharing.grantsOf(caller.organisationId(), page), g -> PageRequest.encode(g.id.toString()));
        return slice.connection(grantViews(slice.items()), SharingGrantConnection.SharingGrantEdge::new, SharingGrantConnection::new);
    }

    @Query
    @Allow({Role.SUPPLIER, Role.MEMBER})
    @Transactional
    @Description("Sharing requests: for a supplier, those addressed to it (which members asked); for a member, its own and their outcome.")
    public SharingRequestConnection sharingRequests(@Description("Only this status.") SharingRequestStatus status,
                                                    @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                    @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<SharingRequest> slice = page.slice(sharing.requestsFor(caller.is(Role.SUPPLIER), status, page),
                r -> PageRequest.encode(r.createdAt.toString(), r.id.toString()));
        return slice.connection(requestViews(slice.items()), SharingRequestConnection.SharingRequestEdge::new, SharingRequestConnection::new);
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Share your results with one member, all members or everyone signed in, at SUMMARY or FULL level, optionally until a date. "
            + "Granting again to the same audience changes the level or end date.")
    public SharingGrantPayload grantSharing(@NonNull @Description("The grant.") GrantSharingInput input) {
        return new SharingGrantPayload(grantViews(List.of(sharing.grant(input.audience, Ids.parseInput("input.memberId", input.memberId),
                input.level, input.validUntil))).get(0));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Revoke a grant; it takes effect on the next request.")
    public SharingGrantPayload revokeSharing(@NonNull @Description("Which grant.") GrantRefInput input) {
        return new SharingGrantPayload(grantViews(List.of(sharing.revoke(Ids.parseInput("input.grantId", input.grantId)))).get(0));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Ask a supplier to share its results with your organisation. Asking again while a request is pending returns the same request.")
    public SharingRequestPayload requestSharing(@NonNull @Description("Which supplier.") RequestSharingInput input) {
        return new SharingRequestPayload(requestViews(List.of(sharing.request(Ids.parseInput("input.supplierId", input.supplierId)))).get(0));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Accept a member's sharing request at the level you choose (creates or changes your grant to that member).")
    public SharingRequestPayload acceptSharingRequest(@NonNull @Description("Which request, level and end date.") AcceptSharingRequestInput input) {
        return new SharingRequestPayload(requestViews(List.of(sharing.accept(Ids.parseInput("input.requestId", input.requestId),
                input.level, input.validUntil))).get(0));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Decline a member's sharing request.")
    public SharingRequestPayload declineSharingRequest(@NonNull @Description("Which request.") SharingRequestRefInput input) {
        return new SharingRequestPayload(requestViews(List.of(sharing.decline(Ids.parseInput("input.requestId", input.requestId)))).get(0));
    }

    // ---------------- access records and usage ----------------

    @Query
    @Allow({Role.SUPPLIER, Role.OPERATOR})
    @Transactional
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
        Map<UUID, String> n = names.of(slice.items().stream().map(r -> r.memberId).toList());
        return slice.connection(slice.map(r -> new AccessRecordView(r.id.toString(), new OrganisationRef(r.memberId.toString(), n.get(r.memberId)),
                r.subject, r.supplierId.toString(), r.assessmentId == null ? null : r.assessmentId.toString(), r.level, r.readAt)), AccessRecordConnection.AccessRecordEdge::new, AccessRecordConnection::new);
    }

    @Query
    @Allow({Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
    @Transactional
    @Description("Usage totals by kind for an organisation and period [from, to): your own organisation's, or any for the operator.")
    public UsageReport usageReport(@Id @Description("Operator only: whose usage; others always get their own.") String organisationId,
                                   @NonNull @Description("Start of the period (inclusive).") Instant from,
                                   @NonNull @Description("End of the period (exclusive).") Instant to) {
        UUID org = caller.is(Role.OPERATOR) && organisationId != null ? Ids.parse("organisationId", organisationId) : caller.organisationId();
        if (!to.isAfter(from)) {
            throw new org.assay.platform.InvalidArgumentException("`to` must be after `from`");
        }
        Map<UsageKind, Long> totals = metering.totals(org, from, to);
        return new UsageReport(org.toString(), from, to, totals.entrySet().stream().map(e -> new UsageTotal(e.getKey(), e.getValue())).toList());
    }

    // ---------------- mapping ----------------

    private List<SharingGrantView> grantViews(List<SharingGrant> grants) {
        Map<UUID, String> n = names.of(grants.stream().map(g -> g.memberId).filter(java.util.Objects::nonNull).toList());
        LocalDate today = clock.today();
        return grants.stream().map(g -> new SharingGrantView(g.id.toString(), g.audience,
                g.memberId == null ? null : new OrganisationRef(g.memberId.toString(), n.get(g.memberId)), g.level, g.validUntil,
                g.createdAt, g.revokedAt, g.activeOn(today))).toList();
    }

    private List<SharingRequestView> requestViews(List<SharingRequest> list) {
        Map<UUID, String> n = names.of(list.stream().flatMap(r -> Stream.of(r.memberId, r.supplierId)).toList());
        return list.stream().map(r -> new SharingRequestView(r.id.toString(), new OrganisationRef(r.memberId.toString(), n.get(r.memberId)),
                new OrganisationRef(r.supplierId.toString(), n.get(r.supplierId)), r.status, r.level, r.createdAt, r.decidedAt)).toList();
    }

    // ---------------- types ----------------

    @Name("SharedResults")
    @Description("A supplier's results as far as they are shared with you.")
    public record SharedResultsView(@NonNull @Id @Description("Supplier organisation id.") String supplierId,
                                    @NonNull @Description("Supplier name (public profile).") String supplierName,
                                    @NonNull @Description("Supplier country (public profile).") String country,
                                    @NonNull @Description("How far the results are shared with you.") AccessLevel access) {
    }

    @Description("Summary of a published assessment.")
    public record ResultSummary(@NonNull @Id @Description("The assessment.") String assessmentId,
                                @NonNull @Description("How it was performed.") AssessmentMethod method,
                                @NonNull @Description("When it was published.") Instant publishedAt,
                                @NonNull @Description("First day of validity.") LocalDate validFrom,
                                @NonNull @Description("Last day of validity.") LocalDate validUntil,
                                @Description("Overall score 0–100.") BigDecimal overallScore,
                                @Description("Rating after caps.") Rating rating,
                                @NonNull @Description("Theme scores.") List<@NonNull ThemeScoreView> themes,
                                @NonNull @Description("Findings by severity.") FindingCounts findings) {
    }

    @Description("Numbers of findings by severity.")
    public record FindingCounts(@Description("Critical.") int critical, @Description("Major.") int major,
                                @Description("Minor.") int minor, @Description("Observations.") int observation) {
    }

    @Description("Full detail of a published assessment.")
    public record ResultDetail(@NonNull @Id @Description("The assessment.") String assessmentId,
                               @NonNull @Description("Indicator answers with comments.") List<@NonNull AnswerView> answers,
                               @NonNull @Description("Findings.") List<@NonNull FindingView> findings,
                               @NonNull @Description("Evidence documents referenced (download with GET /documents/{id}).") List<@NonNull String> evidenceDocumentIds) {
    }

    @Name("SharingGrant")
    @Description("A supplier's consent to share its results.")
    public record SharingGrantView(@NonNull @Id @Description("Opaque id.") String id,
                                   @NonNull @Description("Who it is for.") GrantAudience audience,
                                   @Description("The member, for audience MEMBER.") OrganisationRef member,
                                   @NonNull @Description("Level shared.") SharingLevel level,
                                   @Description("Last day it applies; null for no end.") LocalDate validUntil,
                                   @NonNull @Description("When it was first granted.") Instant grantedAt,
                                   @Description("When it was revoked, if it was.") Instant revokedAt,
                                   @Description("Whether it applies today.") boolean active) {
    }

    @Name("SharingRequest")
    @Description("A member's request for a supplier's results.")
    public record SharingRequestView(@NonNull @Id @Description("Opaque id.") String id,
                                     @NonNull @Description("The member that asked.") OrganisationRef member,
                                     @NonNull @Description("The supplier asked.") OrganisationRef supplier,
                                     @NonNull @Description("Where it stands.") SharingRequestStatus status,
                                     @Description("Level granted, when accepted.") SharingLevel level,
                                     @NonNull @Description("When it was asked.") Instant requestedAt,
                                     @Description("When the supplier decided.") Instant decidedAt) {
    }

    @Name("AccessRecord")
    @Description("One read of a supplier's shared results.")
    public record AccessRecordView(@NonNull @Id @Description("Opaque id.") String id,
                                   @NonNull @Description("The organisation that read.") OrganisationRef reader,
                                   @NonNull @Description("The person (OIDC subject) who read.") String subject,
                                   @NonNull @Id @Description("Whose results.") String supplierId,
                                   @Id @Description("Which assessment.") String assessmentId,
                                   @NonNull @Description("At what level.") SharingLevel level,
                                   @NonNull @Description("When.") Instant readAt) {
    }

    @Description("Usage totals for an organisation and period.")
    public record UsageReport(@NonNull @Id @Description("Organisation.") String organisationId,
                              @NonNull @Description("Start (inclusive).") Instant from,
                              @NonNull @Description("End (exclusive).") Instant to,
                              @NonNull @Description("Count per kind.") List<@NonNull UsageTotal> totals) {
    }

    @Description("Number of usage events of one kind.")
    public record UsageTotal(@NonNull @Description("Kind.") UsageKind kind, @Description("Count.") long count) {
    }

    @Description("A page of sharing grants.")
    public record SharingGrantConnection(@NonNull @Description("Grants, each with its cursor.") List<@NonNull SharingGrantEdge> edges,
            @NonNull @Description("Grants.") List<@NonNull SharingGrantView> nodes,
                                         @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of sharing grants, with its cursor.")
        public record SharingGrantEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") SharingGrantView node) {
        }
    }

    @Description("A page of sharing requests.")
    public record SharingRequestConnection(@NonNull @Description("Requests, each with its cursor.") List<@NonNull SharingRequestEdge> edges,
            @NonNull @Description("Requests.") List<@NonNull SharingRequestView> nodes,
                                           @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of sharing requests, with its cursor.")
        public record SharingRequestEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") SharingRequestView node) {
        }
    }

    @Description("A page of access records.")
    public record AccessRecordConnection(@NonNull @Description("Records, each with its cursor.") List<@NonNull AccessRecordEdge> edges,
            @NonNull @Description("Records.") List<@NonNull AccessRecordView> nodes,
                                         @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of access records, with its cursor.")
        public record AccessRecordEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") AccessRecordView node) {
        }
    }

    @Name("GrantSharingInput")
    @Description("A grant to create or change.")
    public static class GrantSharingInput {
        @NonNull @Description("Who it is for.") public GrantAudience audience;
        @Id @Description("The member firm, for audience MEMBER.") public String memberId;
        @NonNull @Description("Level to share.") public SharingLevel level;
        @Description("Last day it applies; omit for no end.") public LocalDate validUntil;
    }

    @Name("GrantRefInput")
    @Description("Refers to one grant.")
    public static class GrantRefInput {
        @NonNull @Id @Description("The grant.") public String grantId;
    }

    @Name("RequestSharingInput")
    @Description("A sharing request.")
    public static class RequestSharingInput {
        @NonNull @Id @Description("The supplier to ask.") public String supplierId;
    }

    @Name("AcceptSharingRequestInput")
    @Description("Accept a sharing request.")
    public static class AcceptSharingRequestInput {
        @NonNull @Id @Description("The request.") public String requestId;
        @NonNull @Description("Level to share.") public SharingLevel level;
        @Description("Last day it applies; omit for no end.") public LocalDate validUntil;
    }

    @Name("SharingRequestRefInput")
    @Description("Refers to one sharing request.")
    public static class SharingRequestRefInput {
        @NonNull @Id @Description("The request.") public String requestId;
    }

    @Description("Result of a change to a grant.")
    public static class SharingGrantPayload extends MutationPayload {
        private SharingGrantView grant;

        public SharingGrantPayload() {
        }

        SharingGrantPayload(SharingGrantView grant) {
            this.grant = grant;
        }

        @Description("The grant after the change; null when there are user errors.")
        public SharingGrantView getGrant() {
            return grant;
        }

        @Override
        public List<String> auditTargetIds() {
            return grant == null ? List.of() : List.of(grant.id());
        }
    }

    @Description("Result of a change to a sharing request.")
    public static class SharingRequestPayload extends MutationPayload {
        private SharingRequestView request;

        public SharingRequestPayload() {
        }

        SharingRequestPayload(SharingRequestView request) {
            this.request = request;
        }

        @Description("The request after the change; null when there are user errors.")
        public SharingRequestView getRequest() {
            return request;
        }

        @Override
        public List<String> auditTargetIds() {
            return request == null ? List.of() : List.of(request.id());
        }
    }

}
