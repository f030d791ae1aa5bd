package org.assay.framework.governance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ExternalStandard;
import org.assay.framework.FrameworkApi;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.ThresholdDirection;
import org.assay.framework.document.IndicatorChange;
import org.assay.framework.document.IndicatorJson;
import org.assay.framework.document.IndicatorSpec;
import org.assay.organisation.OrganisationNames;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * GraphQL operations of framework governance: members propose changes to indicators and vote; the operator sets the
 * adoption thresholds and may close a vote early.
 *
 * <p>Who sees what: everyone signed in (all four roles) may read proposals, their rationale, tallies and outcomes: the
 * criteria suppliers and assessors are measured against are developed in the open. Who proposed and how each
 * organisation voted is visible to members and the operator only ({@code proposedBy}, {@code votes}); a member also
 * sees its own organisation's vote ({@code myVote}). Only members vote; the operator does not.
 */
@GraphQLApi
public class GovernanceApi {

    @Inject
    GovernanceService service;

    @Inject
    FrameworkService frameworks;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OrganisationNames organisationNames;

    // ---- queries ----

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("The adoption thresholds in force (quorum and majority) and the current quorum basis.")
    public GovernanceSettingsView governanceSettings() {
        return GovernanceSettingsView.of(service.settings(), service.eligibleOrganisations(clock.now()));
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("Change proposals, newest first. Proposals whose voting window has ended are closed (decided) before they are listed.")
    public ChangeProposalConnection changeProposals(
            @Description("Only proposals in this status.") ProposalStatus status,
            @Description("Only proposals about this indicator code.") String indicatorCode,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        service.closeDue();
        PageRequest.Slice<ChangeProposal> slice = page.slice(service.list(status, indicatorCode, page), GovernanceService::cursorOf);
        return slice.connection(views(slice.items()), ChangeProposalConnection.ChangeProposalEdge::new, ChangeProposalConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    @Description("One change proposal. If its voting window has ended it is closed (decided) first.")
    public ChangeProposalView changeProposal(@NonNull @Id @Description("Proposal id.") String id) {
        UUID uuid = Ids.parse("id", id);
        service.closeDue();
        return views(List.of(service.get(uuid))).get(0);
    }

    // ---- fields of ChangeProposal ----

    @Allow({Role.OPERATOR, Role.MEMBER})
    @Transactional
    @Description("How each member organisation voted (one vote per organisation, its latest choice). Members and the operator only.")
    public List<List<VoteView>> votes(@Source List<ChangeProposalView> proposals) {
        Map<UUID, List<ProposalVote>> votes = service.votes(proposals.stream().map(p -> UUID.fromString(p.id())).toList());
        Set<UUID> orgs = new HashSet<>();
        votes.values().forEach(l -> l.forEach(v -> orgs.add(v.key.organisationId)));
        Map<UUID, String> names = organisationNames.of(orgs);
        return proposals.stream().map(p -> votes.getOrDefault(UUID.fromString(p.id()), List.of()).stream()
                .map(v -> new VoteView(new VotingOrganisationView(v.key.organisationId.toString(), names.get(v.key.organisationId)),
                        v.choice, v.castAt, v.updatedAt)).toList()).toList();
    }

    @Allow(Role.MEMBER)
    @Transactional
    @Description("The caller's organisation's vote; null when it has not voted. Members only.")
    public List<VoteChoice> myVote(@Source List<ChangeProposalView> proposals) {
        Map<UUID, ProposalVote> mine = service.votesOf(ids(proposals), caller.organisationId());
        return proposals.stream().map(p -> {
            ProposalVote v = mine.get(UUID.fromString(p.id()));
            return v == null ? null : v.choice;
        }).toList();
    }

    @Allow({Role.OPERATOR, Role.MEMBER})
    @Transactional
    @Description("The member organisation that made the proposal. Members and the operator only.")
    public List<VotingOrganisationView> proposedBy(@Source List<ChangeProposalView> proposals) {
        Map<UUID, UUID> proposers = service.proposers(ids(proposals));
        Map<UUID, String> names = organisationNames.of(new HashSet<>(proposers.values()));
        return proposals.stream().map(p -> {
            UUID org = proposers.get(UUID.fromString(p.id()));
            return new VotingOrganisationView(org.toString(), names.get(org));
        }).toList();
    }

    private static List<UUID> ids(List<ChangeProposalView> proposals) {
        return proposals.stream().map(p -> UUID.fromString(p.id())).toList();
    }

    // ---- mutations ----

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose adding a new indicator under an existing aspect. Voting opens now and closes at `votingClosesAt` "
            + "(at least 1 hour, at most 90 days from now). Members only.")
    public ChangeProposalPayload proposeIndicatorAddition(@NonNull @Description("The new indicator and the vote.") ProposeIndicatorAdditionInput input) {
        IndicatorInput i = input.indicator == null ? new IndicatorInput() : input.indicator;
        return payload(service.proposeAddition(input.aspectCode, i.spec(), input.rationale, input.votingClosesAt));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose changing an indicator: texts, classification, weight, risk type, applicability, references, unit or "
            + "thresholds (the code and answer type never change: propose a retirement and an addition instead). Members only.")
    public ChangeProposalPayload proposeIndicatorChange(@NonNull @Description("What changes and the vote.") ProposeIndicatorChangeInput input) {
        return payload(service.proposeChange(input.indicatorCode, input.change == null ? null : input.change.change(),
                input.rationale, input.votingClosesAt));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose retiring an indicator from the next version. Members only.")
    public ChangeProposalPayload proposeIndicatorRetirement(@NonNull @Description("Which indicator and the vote.") ProposeIndicatorRetirementInput input) {
        return payload(service.proposeRetirement(input.indicatorCode, input.rationale, input.votingClosesAt));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Cast the caller's organisation's vote (one per organisation). Refused when the window has closed "
            + "(VOTING_CLOSED) or the organisation already voted (ALREADY_VOTED: use changeVote). Members only.")
    public ChangeProposalPayload castVote(@NonNull @Description("Proposal and choice.") VoteInput input) {
        return payload(service.castVote(Ids.parseInput("input.proposalId", input.proposalId), input.choice));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Change the caller's organisation's vote while the window is open (it replaces the vote, it is not a second "
            + "vote). Refused when the window has closed (VOTING_CLOSED) or nothing was voted yet (NOT_VOTED). Members only.")
    public ChangeProposalPayload changeVote(@NonNull @Description("Proposal and new choice.") VoteInput input) {
        return payload(service.changeVote(Ids.parseInput("input.proposalId", input.proposalId), input.choice));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Close a proposal's vote before its window ends and decide it now with the current thresholds; an adopted "
            + "proposal is applied to the draft at once. Operator only.")
    public ChangeProposalPayload closeChangeProposal(@NonNull @Description("The proposal.") ChangeProposalRefInput input) {
        return payload(service.closeEarly(Ids.parseInput("input.proposalId", input.proposalId)));
    }

    @Mutation("setGovernanceThresholds")
    @Allow(Role.OPERATOR)
    @Description("Set the adoption thresholds, as exact fractions (e.g. quorum 1/2, majority 2/3). They decide every proposal "
            + "closing afterwards; proposals whose window already ended are decided with the previous thresholds first. Operator only.")
    public GovernanceSettingsPayload setGovernanceThresholds(@NonNull @Description("The thresholds.") GovernanceThresholdsInput input) {
        FractionInput q = input.quorum == null ? new FractionInput() : input.quorum;
        FractionInput m = input.majority == null ? new FractionInput() : input.majority;
        GovernanceSettings s = service.setThresholds(q.numerator, q.denominator, m.numerator, m.denominator);
        return new GovernanceSettingsPayload(GovernanceSettingsView.of(s, service.eligibleOrganisations(clock.now())));
    }

    // ---- mapping ----

    private ChangeProposalPayload payload(ChangeProposal p) {
        return new ChangeProposalPayload(views(List.of(p)).get(0));
    }

    List<ChangeProposalView> views(List<ChangeProposal> proposals) {
        Instant now = clock.now();
        List<UUID> open = proposals.stream().filter(p -> p.status == ProposalStatus.OPEN).map(p -> p.id).toList();
        Map<UUID, VotingRule.Tally> live = service.liveTallies(open, now);
        int eligibleNow = open.isEmpty() ? 0 : service.eligibleOrganisations(now);
        return proposals.stream().map(p -> ChangeProposalView.of(p, live.get(p.id), eligibleNow,
                frameworks.find(p.baseVersionId).map(FrameworkVersion::label).orElse(null),
                p.appliedVersionId == null ? null : frameworks.find(p.appliedVersionId).orElse(null), now)).toList();
    }

    // ---- types ----

    @Name("ChangeProposal")
    @Description("A member's proposal to add, change or retire an indicator, with its voting window and, once closed, its decision.")
    public record ChangeProposalView(
            @NonNull @Id @Description("Opaque id.") String id,
            @Description("Sequential number, for people (\"proposal #12\").") long number,
            @NonNull @Description("ADD, CHANGE or RETIRE.") ProposalKind kind,
            @NonNull @Description("Code of the indicator concerned (the new code for ADD).") String indicatorCode,
            @NonNull @Description("Why the proposer wants the change.") String rationale,
            @NonNull @Id @Description("The published version in force when the proposal was made. (The proposal was checked against the draft when one was being prepared.)") String baseVersionId,
            @Description("Number of that version.") String baseVersionNumber,
            @Description("For ADD: the aspect the indicator goes under.") String aspectCode,
            @Description("For ADD: the whole new indicator; for CHANGE: only the changed fields; null for RETIRE.") ProposedIndicatorView proposed,
            @Description("For CHANGE and RETIRE: the indicator as it was when the proposal was made, to compare with `proposed`.") ProposedIndicatorView indicatorWhenProposed,
            @NonNull @Description("Names of the fields the proposal sets (document names, e.g. `weight`, `title.zh`); empty for RETIRE.") List<@NonNull String> changedFields,
            @NonNull @Description("When voting opened (the proposal was made).") Instant votingOpensAt,
            @NonNull @Description("When the voting window closes (or closed).") Instant votingClosesAt,
            @NonNull @Description("OPEN, ADOPTED or REJECTED.") ProposalStatus status,
            @Description("Whether votes can be cast or changed now.") boolean votingOpen,
            @NonNull @Description("Vote counts: live while open, frozen at closing.") TallyView tally,
            @Description("How it was decided; null while open.") DecisionView decision,
            @Description("What happened when the adopted proposal was applied to the draft; null unless ADOPTED.") ApplicationView application) {

        static ChangeProposalView of(ChangeProposal p, VotingRule.Tally live, int eligibleNow, String baseNumber,
                                     FrameworkVersion applied, Instant now) {
            JsonNode change = ProposalApplier.read(p.proposedChange);
            ProposedIndicatorView proposed = null;
            List<String> fields = List.of();
            String aspect = null;
            if (p.kind == ProposalKind.ADD) {
                aspect = change.path("aspect").asText();
                IndicatorSpec s = IndicatorJson.read(change.path("indicator"));
                proposed = ProposedIndicatorView.of(s);
                fields = List.of("aspect", "indicator");
            } else if (p.kind == ProposalKind.CHANGE) {
                IndicatorChange c = IndicatorChange.fromJson(change);
                proposed = ProposedIndicatorView.of(c);
                fields = c.fields();
            }
            boolean open = p.status == ProposalStatus.OPEN;
            TallyView tally = open
                    ? new TallyView(live.yes(), live.no(), live.abstain(), live.voted(), eligibleNow, false)
                    : new TallyView(p.yesVotes, p.noVotes, p.abstainVotes, p.yesVotes + p.noVotes + p.abstainVotes, p.eligibleOrganisations, true);
            DecisionView decision = open ? null : DecisionView.of(p);
            ApplicationView application = p.applicationStatus == null ? null : new ApplicationView(p.applicationStatus,
                    applied == null ? null : applied.id.toString(), applied == null ? null : applied.label(), p.applicationNote);
            return new ChangeProposalView(p.id.toString(), p.number, p.kind, p.indicatorCode, p.rationale, p.baseVersionId.toString(),
                    baseNumber, aspect, proposed,
                    p.baseIndicator == null ? null : ProposedIndicatorView.of(IndicatorJson.read(ProposalApplier.read(p.baseIndicator))),
                    fields, p.createdAt, p.votingClosesAt, p.status,
                    open && now.isBefore(p.votingClosesAt), tally, decision, application);
        }
    }

    @Name("ProposedIndicator")
    @Description("Indicator fields as proposed: all of them for an addition, only the changed ones for a change (null = unchanged).")
    public record ProposedIndicatorView(
            @Description("Title in English and Chinese.") LocalizedTextView title,
            @Description("Guidance in English and Chinese.") LocalizedTextView guidance,
            @Description("Answer type (additions only).") AnswerType answerType,
            @Description("Unit of a NUMBER indicator.") String unit,
            @Description("Scoring thresholds of a NUMBER indicator.") FrameworkApi.ThresholdsView thresholds,
            @Description("ESSENTIAL or OPTIONAL.") Classification classification,
            @Description("Weight within the theme.") BigDecimal weight,
            @Description("Risk type, 1 or 2.") Integer riskType,
            @Description("Applicable stages (empty = all).") List<@NonNull SupplyChainStage> stages,
            @Description("Applicable minerals (empty = all).") List<@NonNull Mineral> minerals,
            @Description("Whether it applies to CAHRA sites only.") Boolean cahraOnly,
            @Description("References to external standards (the whole list).") List<FrameworkApi.@NonNull ReferenceView> references) {

        static ProposedIndicatorView of(IndicatorSpec s) {
            return new ProposedIndicatorView(new LocalizedTextView(s.titleEn(), s.titleZh()), new LocalizedTextView(s.guidanceEn(), s.guidanceZh()),
                    s.answerType(), s.unit(), s.thresholds() == null ? null : new FrameworkApi.ThresholdsView(s.thresholds().direction(), s.thresholds().values()),
                    s.classification(), s.weight(), s.riskType(), s.stages(), s.minerals(), s.cahraOnly(), refs(s.references()));
        }

        static ProposedIndicatorView of(IndicatorChange c) {
            return new ProposedIndicatorView(c.titleEn() == null && c.titleZh() == null ? null : new LocalizedTextView(c.titleEn(), c.titleZh()),
                    c.guidanceEn() == null && c.guidanceZh() == null ? null : new LocalizedTextView(c.guidanceEn(), c.guidanceZh()),
                    null, c.unit(), c.thresholds() == null ? null : new FrameworkApi.ThresholdsView(c.thresholds().direction(), c.thresholds().values()),
                    c.classification(), c.weight(), c.riskType(), c.stages(), c.minerals(), c.cahraOnly(),
                    c.references() == null ? null : refs(c.references()));
        }

        private static List<FrameworkApi.ReferenceView> refs(List<IndicatorSpec.Reference> refs) {
            return refs.stream().map(r -> new FrameworkApi.ReferenceView(r.standard(), r.clause())).toList();
        }
    }

    @Name("LocalizedText")
    @Description("A text in English and (optionally) Chinese.")
    public record LocalizedTextView(
            @Description("English.") String en,
            @Description("Chinese; null when there is no translation.") String zh) {
    }

    @Name("VoteTally")
    @Description("Vote counts of a proposal. Only votes of eligible member organisations (ACTIVE member firms) count.")
    public record TallyView(
            @Description("YES votes.") int yes,
            @Description("NO votes.") int no,
            @Description("ABSTAIN votes.") int abstain,
            @Description("Organisations that voted (YES + NO + ABSTAIN): the quorum count.") int voted,
            @Description("Member organisations eligible to vote: the quorum basis (now while open, at closing once closed).") int eligibleOrganisations,
            @Description("True once the proposal is closed: the counts no longer change.") boolean isFinal) {
    }

    @Name("Fraction")
    @Description("An exact threshold, e.g. 2/3.")
    public record FractionView(
            @Description("Numerator.") int numerator,
            @Description("Denominator.") int denominator) {
    }

    @Name("ProposalDecision")
    @Description("How a closed proposal was decided: the counts, and the thresholds in force at closing.")
    public record DecisionView(
            @NonNull @Description("When it closed: the end of the window, or when the operator closed it early.") Instant closedAt,
            @Description("Whether the operator closed it before the window ended.") boolean closedEarly,
            @Description("Member organisations eligible to vote at closing (the quorum basis).") int eligibleOrganisations,
            @NonNull @Description("Quorum threshold applied: share of eligible organisations that had to vote.") FractionView quorum,
            @NonNull @Description("Majority threshold applied: share of YES among YES + NO votes.") FractionView majority,
            @Description("Whether enough organisations voted.") boolean quorumReached,
            @Description("Whether enough of the YES/NO votes were YES (false when there were none).") boolean majorityReached,
            @Description("Why it was rejected; null when adopted.") RejectionReason rejectionReason) {

        static DecisionView of(ChangeProposal p) {
            Fraction quorum = new Fraction(p.quorumNumerator, p.quorumDenominator);
            Fraction majority = new Fraction(p.majorityNumerator, p.majorityDenominator);
            VotingRule.Decision d = VotingRule.decide(new VotingRule.Tally(p.yesVotes, p.noVotes, p.abstainVotes), p.eligibleOrganisations,
                    new VotingRule.Thresholds(quorum, majority));
            return new DecisionView(p.closedAt, Boolean.TRUE.equals(p.closedEarly), p.eligibleOrganisations,
                    new FractionView(quorum.numerator(), quorum.denominator()), new FractionView(majority.numerator(), majority.denominator()),
                    d.quorumReached(), d.majorityReached(), p.rejectionReason);
        }
    }

    @Name("ProposalApplication")
    @Description("What happened when an adopted proposal was applied to the draft version.")
    public record ApplicationView(
            @NonNull @Description("APPLIED or NOT_APPLICABLE.") ApplicationStatus status,
            @Id @Description("The draft version changed; null when nothing had to change.") String versionId,
            @Description("Its (provisional) number.") String versionNumber,
            @NonNull @Description("What was done, or why it could not be applied.") String note) {
    }

    @Name("Vote")
    @Description("One member organisation's vote.")
    public record VoteView(
            @NonNull @Description("The organisation that voted.") VotingOrganisationView organisation,
            @NonNull @Description("Its current choice.") VoteChoice choice,
            @NonNull @Description("When it first voted.") Instant castAt,
            @NonNull @Description("When it last changed its vote (equals castAt when never changed).") Instant updatedAt) {
    }

    @Name("VotingOrganisation")
    @Description("A member organisation, as shown in governance.")
    public record VotingOrganisationView(
            @NonNull @Id @Description("Organisation id.") String id,
            @Description("Legal name.") String name) {
    }

    @Name("GovernanceSettings")
    @Description("The adoption rule of change proposals: adopted when at least `quorum` of the eligible member organisations "
            + "voted (abstentions count) and at least `majority` of the YES/NO votes are YES. Eligible: member organisations "
            + "that are ACTIVE at closing (and were admitted before the window closed); only their votes count.")
    public record GovernanceSettingsView(
            @NonNull @Description("Share of eligible member organisations that must vote.") FractionView quorum,
            @NonNull @Description("Share of YES among YES + NO votes needed.") FractionView majority,
            @Description("Member organisations eligible to vote right now.") int activeMemberOrganisations,
            @Description("Shortest voting window, in hours.") int minimumVotingWindowHours,
            @Description("Longest voting window, in days.") int maximumVotingWindowDays,
            @NonNull @Description("When the thresholds were last set.") Instant updatedAt) {
        static GovernanceSettingsView of(GovernanceSettings s, int eligible) {
            return new GovernanceSettingsView(new FractionView(s.quorumNumerator, s.quorumDenominator),
                    new FractionView(s.majorityNumerator, s.majorityDenominator), eligible,
                    (int) GovernanceService.MIN_WINDOW.toHours(), (int) GovernanceService.MAX_WINDOW.toDays(), s.updatedAt);
        }
    }

    @Description("A page of change proposals.")
    public record ChangeProposalConnection(
            @NonNull @Description("The proposals of this page, newest first, each with its cursor.") List<@NonNull ChangeProposalEdge> edges,
            @NonNull @Description("The proposals of this page, newest first.") List<@NonNull ChangeProposalView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of change proposals, with its cursor.")
        public record ChangeProposalEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") ChangeProposalView node) {
        }
    }

    // ---- inputs ----

    @Name("LocalizedTextInput")
    @Description("A text in English (required) and Chinese (optional: readers fall back to English).")
    public static class LocalizedTextInput {
        @NonNull @Description("English.")
        public String en;
        @Description("Chinese (simplified).")
        public String zh;
    }

    @Name("LocalizedTextChangeInput")
    @Description("New texts; an omitted language stays as it is.")
    public static class LocalizedTextChangeInput {
        @Description("New English text.")
        public String en;
        @Description("New Chinese text.")
        public String zh;
    }

    @Name("NumericThresholdsInput")
    @Description("The four scoring thresholds of a NUMBER indicator.")
    public static class ThresholdsInput {
        @NonNull @Description("Whether higher or lower values are better.")
        public ThresholdDirection direction;
        @NonNull @Description("Exactly four values, strictly ascending.")
        public List<@NonNull BigDecimal> values;

        IndicatorSpec.Thresholds thresholds() {
            return new IndicatorSpec.Thresholds(direction, values == null ? List.of() : values);
        }
    }

    @Name("ApplicabilityInput")
    @Description("Where an indicator applies. In a change, an omitted field stays as it is.")
    public static class ApplicabilityInput {
        @Description("Stages; empty = all stages.")
        public List<@NonNull SupplyChainStage> stages;
        @Description("Minerals; empty = all minerals.")
        public List<@NonNull Mineral> minerals;
        @Description("Applies to CAHRA sites only.")
        public Boolean cahraOnly;
    }

    @Name("StandardReferenceInput")
    @Description("A clause of an external standard.")
    public static class ReferenceInput {
        @NonNull @Description("The standard.")
        public ExternalStandard standard;
        @NonNull @Description("The clause, step or disclosure (at most 300 characters).")
        public String clause;
    }

    @Name("IndicatorInput")
    @Description("A whole new indicator, in the fields of the import document.")
    public static class IndicatorInput {
        @NonNull @Description("New stable code: 1-40 upper-case letters, digits, '.', '-' or '_', e.g. ENV-WAT-05.")
        public String code;
        @NonNull @Description("Title (English required, at most 300 characters).")
        public LocalizedTextInput title;
        @NonNull @Description("Guidance for answering (English required, at most 4000 characters).")
        public LocalizedTextInput guidance;
        @NonNull @Description("How it is answered.")
        public AnswerType answerType;
        @Description("Unit; required for NUMBER, not allowed otherwise.")
        public String unit;
        @Description("Scoring thresholds; required for NUMBER, not allowed otherwise.")
        public ThresholdsInput thresholds;
        @NonNull @Description("ESSENTIAL or OPTIONAL (TEXT and DOCUMENT indicators cannot be essential).")
        public Classification classification;
        @NonNull @Description("Weight within the theme, 0-100 with at most 2 decimals; positive for scored answer types.")
        public BigDecimal weight;
        @NonNull @Description("Risk type: 1 (CAHRA: conflict, serious human-rights abuses) or 2 (other serious misconduct).")
        public Integer riskType;
        @Description("Where it applies; everywhere when omitted.")
        public ApplicabilityInput applicability;
        @Description("References to external standards.")
        public List<@NonNull ReferenceInput> references;

        IndicatorSpec spec() {
            ApplicabilityInput a = applicability == null ? new ApplicabilityInput() : applicability;
            return new IndicatorSpec(strip(code), title == null ? null : strip(title.en), title == null ? null : blankToNull(title.zh),
                    guidance == null ? null : strip(guidance.en), guidance == null ? null : blankToNull(guidance.zh), answerType,
                    blankToNull(unit), thresholds == null ? null : thresholds.thresholds(), classification, weight,
                    riskType == null ? 0 : riskType, a.stages, a.minerals, Boolean.TRUE.equals(a.cahraOnly), refs(references));
        }
    }

    @Name("IndicatorChangeInput")
    @Description("The fields to change; every omitted field stays as it is.")
    public static class IndicatorChangeInput {
        @Description("New title(s).")
        public LocalizedTextChangeInput title;
        @Description("New guidance text(s).")
        public LocalizedTextChangeInput guidance;
        @Description("New classification.")
        public Classification classification;
        @Description("New weight within the theme.")
        public BigDecimal weight;
        @Description("New risk type, 1 or 2.")
        public Integer riskType;
        @Description("New applicability (each omitted field stays).")
        public ApplicabilityInput applicability;
        @Description("New list of references (replaces the whole list).")
        public List<@NonNull ReferenceInput> references;
        @Description("New unit (NUMBER indicators only).")
        public String unit;
        @Description("New thresholds (NUMBER indicators only).")
        public ThresholdsInput thresholds;

        IndicatorChange change() {
            ApplicabilityInput a = applicability == null ? new ApplicabilityInput() : applicability;
            return new IndicatorChange(title == null ? null : strip(title.en), title == null ? null : blankToNull(title.zh),
                    guidance == null ? null : strip(guidance.en), guidance == null ? null : blankToNull(guidance.zh),
                    classification, weight, riskType, a.stages, a.minerals, a.cahraOnly,
                    references == null ? null : refs(references), blankToNull(unit), thresholds == null ? null : thresholds.thresholds());
        }
    }

    @Name("ProposeIndicatorAdditionInput")
    @Description("A proposal to add an indicator.")
    public static class ProposeIndicatorAdditionInput {
        @NonNull @Description("Code of the existing aspect the indicator goes under, e.g. ENV.WAT.DIS.")
        public String aspectCode;
        @NonNull @Description("The new indicator.")
        public IndicatorInput indicator;
        @NonNull @Description("Why (at most 4000 characters).")
        public String rationale;
        @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
        public Instant votingClosesAt;
    }

    @Name("ProposeIndicatorChangeInput")
    @Description("A proposal to change an indicator.")
    public static class ProposeIndicatorChangeInput {
        @NonNull @Description("Code of the indicator to change.")
        public String indicatorCode;
        @NonNull @Description("The fields to change.")
        public IndicatorChangeInput change;
        @NonNull @Description("Why (at most 4000 characters).")
        public String rationale;
        @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
        public Instant votingClosesAt;
    }

    @Name("ProposeIndicatorRetirementInput")
    @Description("A proposal to retire an indicator.")
    public static class ProposeIndicatorRetirementInput {
        @NonNull @Description("Code of the indicator to retire.")
        public String indicatorCode;
        @NonNull @Description("Why (at most 4000 characters).")
        public String rationale;
        @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
        public Instant votingClosesAt;
    }

    @Name("VoteInput")
    @Description("A vote on a proposal.")
    public static class VoteInput {
        @NonNull @Id @Description("Proposal id.")
        public String proposalId;
        @NonNull @Description("YES, NO or ABSTAIN.")
        public VoteChoice choice;
    }

    @Name("ChangeProposalRefInput")
    @Description("Refers to one change proposal.")
    public static class ChangeProposalRefInput {
        @NonNull @Id @Description("Proposal id.")
        public String proposalId;
    }

    @Name("FractionInput")
    @Description("An exact threshold: numerator / denominator, above 0 and at most 1 (1 ≤ numerator ≤ denominator ≤ 10000).")
    public static class FractionInput {
        @Description("Numerator.")
        public int numerator;
        @Description("Denominator.")
        public int denominator;
    }

    @Name("GovernanceThresholdsInput")
    @Description("New adoption thresholds.")
    public static class GovernanceThresholdsInput {
        @NonNull @Description("Share of eligible member organisations that must vote, e.g. 1/2.")
        public FractionInput quorum;
        @NonNull @Description("Share of YES among YES + NO votes needed, e.g. 2/3.")
        public FractionInput majority;
    }

    @Description("Result of a mutation on a change proposal.")
    public static class ChangeProposalPayload extends MutationPayload {
        private ChangeProposalView proposal;

        public ChangeProposalPayload() {
        }

        ChangeProposalPayload(ChangeProposalView proposal) {
            this.proposal = proposal;
        }

        @Description("The proposal after the change; null when there are user errors.")
        public ChangeProposalView getProposal() {
            return proposal;
        }

        @Override
        public List<String> auditTargetIds() {
            return proposal == null ? List.of() : List.of(proposal.id());
        }
    }

    @Description("Result of setting the governance thresholds.")
    public static class GovernanceSettingsPayload extends MutationPayload {
        private GovernanceSettingsView settings;

        public GovernanceSettingsPayload() {
        }

        GovernanceSettingsPayload(GovernanceSettingsView settings) {
            this.settings = settings;
        }

        @Description("The settings now in force; null when there are user errors.")
        public GovernanceSettingsView getSettings() {
            return settings;
        }

        @Override
        public List<String> auditTargetIds() {
            return List.of("governance-settings");
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<IndicatorSpec.Reference> refs(List<ReferenceInput> refs) {
        return refs == null ? List.of() : refs.stream().filter(Objects::nonNull)
                .map(r -> new IndicatorSpec.Reference(r.standard, strip(r.clause))).toList();
    }

}
