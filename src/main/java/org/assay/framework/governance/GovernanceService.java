package org.assay.framework.governance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.assay.audit.AuditTrail;
import org.assay.framework.FrameworkEditor;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.NodeTier;
import org.assay.framework.Indicator;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.FrameworkDocumentWriter;
import org.assay.framework.document.IndicatorChange;
import org.assay.framework.document.IndicatorRules;
import org.assay.framework.document.IndicatorSpec;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Change proposals and voting (domain §4, "Framework governance").
 *
 * <p><b>Closing</b> happens when the voting window ends, derived from the injectable {@link Clock}, in the order the
 * windows ended: a scheduled sweep ({@link GovernanceSweep}, one replica at a time) closes what is due, and a cheap
 * check ({@link #closeDue()}) closes it first where a proposal is read (one or a list) and before anything that depends
 * on the decisions (a threshold change, a new proposal, closing early, importing, publishing or discarding a draft).
 * Votes after the window are refused by the window itself. The operator may also close a proposal early.
 *
 * <p><b>Quorum basis</b>: the member organisations (kind MEMBER_FIRM) that are ACTIVE at closing and were admitted no
 * later than the moment the window closed; only their votes are counted. The thresholds are the operator's settings
 * at closing, recorded on the proposal with the counts.
 */
@ApplicationScoped
public class GovernanceService {

    /** Shortest voting window: time for members to notice and vote. */
    public static final Duration MIN_WINDOW = Duration.ofHours(1);
    /** Longest voting window. */
    public static final Duration MAX_WINDOW = Duration.ofDays(90);

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkEditor editor;

    @Inject
    ProposalApplier applier;

    @Inject
    AuditTrail audit;

    // ---- thresholds ----

    public GovernanceSettings settings() {
        return em.find(GovernanceSettings.class, GovernanceSettings.ID);
    }

    /** Sets the thresholds used for proposals closing from now on (proposals already due are decided first). */
    public GovernanceSettings setThresholds(int quorumNumerator, int quorumDenominator, int majorityNumerator, int majorityDenominator) {
        Validation v = new Validation();
        fraction(v, "input.quorum", quorumNumerator, quorumDenominator);
        fraction(v, "input.majority", majorityNumerator, majorityDenominator);
        v.throwIfAny();
        closeDue();
        GovernanceSettings s = em.find(GovernanceSettings.class, GovernanceSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        s.quorumNumerator = quorumNumerator;
        s.quorumDenominator = quorumDenominator;
        s.majorityNumerator = majorityNumerator;
        s.majorityDenominator = majorityDenominator;
        s.updatedAt = clock.now();
        s.updatedBy = caller.subject();
        return s;
    }

    private static void fraction(Validation v, String path, int numerator, int denominator) {
        if (denominator < 1 || denominator > Fraction.MAX_DENOMINATOR) {
            v.add(path + ".denominator", GovernanceErrorCode.OUT_OF_RANGE, "denominator must be between 1 and " + Fraction.MAX_DENOMINATOR);
        } else if (numerator < 1 || numerator > denominator) {
            v.add(path + ".numerator", GovernanceErrorCode.OUT_OF_RANGE, "numerator must be between 1 and the denominator (a threshold above 0 and at most 1)");
        }
    }

    /** Member organisations that may vote: ACTIVE member firms admitted no later than {@code admittedBy}. */
    public int eligibleOrganisations(Instant admittedBy) {
        return em.createQuery("select count(o) from Organisation o where o.kind = :k and o.status = :s and o.createdAt <= :at", Long.class)
                .setParameter("k", OrganisationKind.MEMBER_FIRM).setParameter("s", OrganisationStatus.ACTIVE)
                .setParameter("at", admittedBy).getSingleResult().intValue();
    }

    // ---- proposals ----

    /**
     * The version proposals are checked against: the draft if one is being prepared (it already holds adopted changes),
     * else the current published version.
     */
    public FrameworkVersion workingVersion() {
        return frameworks.draft().orElseGet(frameworks::currentPublished);
    }

    public ChangeProposal proposeAddition(String aspectCode, IndicatorSpec spec, String rationale, Instant closesAt) {
        closeDue();
        Validation v = new Validation();
        FrameworkVersion base = workingVersion();
        FrameworkService.Content content = frameworks.content(base);
        if (v.required("input.aspectCode", aspectCode)
                && content.node(aspectCode.strip()).filter(n -> n.tier == NodeTier.ASPECT).isEmpty()) {
            v.add("input.aspectCode", GovernanceErrorCode.NOT_FOUND, "no aspect " + aspectCode + " in framework version " + base.label());
        }
        v.required("input.indicator.code", spec.code());
        v.required("input.indicator.title.en", spec.titleEn());
        v.required("input.indicator.guidance.en", spec.guidanceEn());
        v.required("input.indicator.answerType", spec.answerType());
        v.required("input.indicator.classification", spec.classification());
        v.required("input.indicator.weight", spec.weight());
        IndicatorRules.check(spec, v, "input.indicator", Set.of());
        if (spec.code() != null && content.indicator(spec.code()).isPresent()) {
            v.add("input.indicator.code", GovernanceErrorCode.CODE_TAKEN, "indicator " + spec.code() + " already exists in framework version " + base.label());
        }
        common(v, rationale, closesAt);
        v.throwIfAny();
        var doc = ProposalApplier.JSON.createObjectNode();
        doc.put("aspect", aspectCode.strip());
        doc.set("indicator", FrameworkDocumentWriter.indicator(spec));
        return create(ProposalKind.ADD, spec.code(), base, doc.toString(), null, rationale, closesAt);
    }

    public ChangeProposal proposeChange(String code, IndicatorChange change, String rationale, Instant closesAt) {
        closeDue();
        Validation v = new Validation();
        FrameworkVersion base = workingVersion();
        FrameworkService.Content content = frameworks.content(base);
        Optional<Indicator> indicator = code == null ? Optional.empty() : content.indicator(code.strip());
        if (v.required("input.indicatorCode", code) && indicator.isEmpty()) {
            v.add("input.indicatorCode", GovernanceErrorCode.NOT_FOUND, "no indicator " + code + " in framework version " + base.label());
        }
        if (change == null || change.isEmpty()) {
            v.add("input.change", GovernanceErrorCode.NOTHING_TO_CHANGE, "say what changes: texts, classification, weight, risk type, applicability, references or thresholds");
        } else if (indicator.isPresent()) {
            IndicatorSpec current = content.spec(indicator.get());
            IndicatorSpec merged = change.applyTo(current);
            IndicatorRules.check(merged, v, "input.change", Set.of());
            if (FrameworkDiff.changes(new FrameworkDiff.Placed("", current), new FrameworkDiff.Placed("", merged)).isEmpty()) {
                v.add("input.change", GovernanceErrorCode.NOTHING_TO_CHANGE, "the indicator already has these values in framework version " + base.label());
            }
        }
        common(v, rationale, closesAt);
        v.throwIfAny();
        return create(ProposalKind.CHANGE, code.strip(), base, change.toJson(),
                FrameworkDocumentWriter.indicator(content.spec(indicator.get())).toString(), rationale, closesAt);
    }

    public ChangeProposal proposeRetirement(String code, String rationale, Instant closesAt) {
        closeDue();
        Validation v = new Validation();
        FrameworkVersion base = workingVersion();
        FrameworkService.Content content = frameworks.content(base);
        Optional<Indicator> indicator = code == null ? Optional.empty() : content.indicator(code.strip());
        if (v.required("input.indicatorCode", code) && indicator.isEmpty()) {
            v.add("input.indicatorCode", GovernanceErrorCode.NOT_FOUND, "no indicator " + code + " in framework version " + base.label());
        }
        common(v, rationale, closesAt);
        v.throwIfAny();
        return create(ProposalKind.RETIRE, code.strip(), base, "{}",
                FrameworkDocumentWriter.indicator(content.spec(indicator.get())).toString(), rationale, closesAt);
    }

    private void common(Validation v, String rationale, Instant closesAt) {
        if (v.required("input.rationale", rationale)) {
            v.maxLength("input.rationale", rationale.strip(), 4000);
        }
        Instant now = clock.now();
        if (v.required("input.votingClosesAt", closesAt)) {
            if (!closesAt.isAfter(now)) {
                v.add("input.votingClosesAt", GovernanceErrorCode.NOT_IN_FUTURE, "the voting window must close in the future");
            } else if (closesAt.isBefore(now.plus(MIN_WINDOW))) {
                v.add("input.votingClosesAt", GovernanceErrorCode.WINDOW_TOO_SHORT, "the voting window must stay open at least " + MIN_WINDOW.toHours() + " hour");
            } else if (closesAt.isAfter(now.plus(MAX_WINDOW))) {
                v.add("input.votingClosesAt", GovernanceErrorCode.WINDOW_TOO_LONG, "the voting window may stay open at most " + MAX_WINDOW.toDays() + " days");
            }
        }
    }

    /**
     * @param working the version the proposal was checked against (draft or published); the proposal records the
     *                published version in force instead, which (unlike a draft) can never be deleted
     */
    private ChangeProposal create(ProposalKind kind, String code, FrameworkVersion working, String change, String baseIndicator,
                                  String rationale, Instant closesAt) {
        ChangeProposal p = new ChangeProposal();
        p.id = UUID.randomUUID();
        p.number = ((Number) em.createNativeQuery("select nextval('change_proposal_number_seq')").getSingleResult()).longValue();
        p.kind = kind;
        p.indicatorCode = code;
        p.baseVersionId = working.status == org.assay.framework.VersionStatus.DRAFT ? frameworks.currentPublished().id : working.id;
        p.proposedChange = change;
        p.baseIndicator = baseIndicator;
        p.rationale = rationale.strip();
        p.proposedByOrg = caller.organisationId();
        p.proposedBy = caller.subject();
        p.createdAt = clock.now();
        p.votingClosesAt = closesAt;
        p.status = ProposalStatus.OPEN;
        em.persist(p);
        outbox.event(org.assay.platform.outbox.EventType.PROPOSAL_OPENED).member(p.proposedByOrg).broadcast(org.assay.platform.outbox.Broadcast.MEMBERS).proposal(p.id)
                .summary("number", p.number).summary("kind", p.kind).summary("indicatorCode", p.indicatorCode)
                .summary("votingClosesAt", p.votingClosesAt).record();
        return p;
    }

    // ---- votes ----

    /** A member organisation's first vote; a second one is refused (ALREADY_VOTED): change it with {@link #changeVote}. */
    public ChangeProposal castVote(UUID proposalId, VoteChoice choice) {
        Instant now = clock.now();
        ChangeProposal p = lockOpenForVoting(proposalId, now);
        UUID org = caller.organisationId();
        ProposalVote existing = em.find(ProposalVote.class, new ProposalVote.Key(p.id, org));
        if (existing != null) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.ALREADY_VOTED, "your organisation already voted "
                    + existing.choice + " on proposal #" + p.number + "; use changeVote to change it");
        }
        required(choice);
        ProposalVote vote = new ProposalVote();
        vote.key = new ProposalVote.Key(p.id, org);
        vote.choice = choice;
        vote.castBy = caller.subject();
        vote.castAt = now;
        vote.updatedAt = now;
        em.persist(vote);
        em.flush();
        return p;
    }

    /** Changes the organisation's vote while the window is open (an update of the one vote, not a second vote). */
    public ChangeProposal changeVote(UUID proposalId, VoteChoice choice) {
        Instant now = clock.now();
        ChangeProposal p = lockOpenForVoting(proposalId, now);
        ProposalVote existing = em.find(ProposalVote.class, new ProposalVote.Key(p.id, caller.organisationId()));
        if (existing == null) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.NOT_VOTED, "your organisation has not voted on proposal #"
                    + p.number + " yet; use castVote");
        }
        required(choice);
        existing.choice = choice;
        existing.castBy = caller.subject();
        existing.updatedAt = now;
        em.flush();
        return p;
    }

    private static void required(VoteChoice choice) {
        if (choice == null) {
            throw new UserInputException("input.choice", GovernanceErrorCode.REQUIRED, "choice is required: YES, NO or ABSTAIN");
        }
    }

    private ChangeProposal lockOpenForVoting(UUID id, Instant now) {
        ChangeProposal p = id == null ? null : em.find(ChangeProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.NOT_FOUND, "no change proposal with this id");
        }
        if (p.status != ProposalStatus.OPEN || !now.isBefore(p.votingClosesAt)) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.VOTING_CLOSED, "voting on proposal #" + p.number
                    + " closed at " + (p.closedAt != null ? p.closedAt : p.votingClosesAt) + "; votes can no longer be cast or changed");
        }
        return p;
    }

    /** One organisation's votes on the given proposals, by proposal id, in one statement. */
    public Map<UUID, ProposalVote> votesOf(Collection<UUID> proposalIds, UUID organisationId) {
        Map<UUID, ProposalVote> out = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            em.createQuery("from ProposalVote v where v.key.proposalId in :ids and v.key.organisationId = :org", ProposalVote.class)
                    .setParameter("ids", proposalIds).setParameter("org", organisationId).getResultList()
                    .forEach(v -> out.put(v.key.proposalId, v));
        }
        return out;
    }

    /** The votes on the given proposals, by proposal, oldest first. */
    public Map<UUID, List<ProposalVote>> votes(Collection<UUID> proposalIds) {
        Map<UUID, List<ProposalVote>> out = new LinkedHashMap<>();
        proposalIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        if (proposalIds.isEmpty()) {
            return out;
        }
        em.createQuery("from ProposalVote v where v.key.proposalId in :ids order by v.castAt, v.key.organisationId", ProposalVote.class)
                .setParameter("ids", proposalIds).getResultList()
                .forEach(v -> out.get(v.key.proposalId).add(v));
        return out;
    }

    /** Live counts of the votes of currently eligible organisations (closed proposals carry their frozen counts). */
    public Map<UUID, VotingRule.Tally> liveTallies(Collection<UUID> proposalIds, Instant admittedBy) {
        Map<UUID, int[]> counts = new HashMap<>();
        proposalIds.forEach(id -> counts.put(id, new int[3]));
        if (!proposalIds.isEmpty()) {
            List<Object[]> rows = em.createQuery("select v.key.proposalId, v.choice, count(v) from ProposalVote v, Organisation o "
                            + "where o.id = v.key.organisationId and v.key.proposalId in :ids and o.kind = :k and o.status = :s "
                            + "and o.createdAt <= :at group by v.key.proposalId, v.choice", Object[].class)
                    .setParameter("ids", proposalIds).setParameter("k", OrganisationKind.MEMBER_FIRM)
                    .setParameter("s", OrganisationStatus.ACTIVE).setParameter("at", admittedBy).getResultList();
            for (Object[] r : rows) {
                counts.get((UUID) r[0])[((VoteChoice) r[1]).ordinal()] = ((Number) r[2]).intValue();
            }
        }
        Map<UUID, VotingRule.Tally> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, new VotingRule.Tally(c[0], c[1], c[2])));
        return out;
    }

    // ---- closing ----

    /** The operator closes a proposal before its window ends; it is decided now, with the current thresholds. */
    public ChangeProposal closeEarly(UUID proposalId) {
        closeDue();
        editor.lock();
        ChangeProposal p = proposalId == null ? null : em.find(ChangeProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.NOT_FOUND, "no change proposal with this id");
        }
        if (p.status != ProposalStatus.OPEN) {
            throw new UserInputException("input.proposalId", GovernanceErrorCode.ALREADY_CLOSED, "proposal #" + p.number + " is already closed (" + p.status + ")");
        }
        close(p, clock.now(), caller.subject(), true);
        return p;
    }

    /**
     * Closes, in its own committed transaction, every open proposal whose voting window has ended, in the order the
     * windows ended. Cheap when there is nothing to close (one count); safe to call concurrently and from several
     * replicas (the framework lock and row locks make a proposal close exactly once). Call it first, before the caller's
     * transaction takes any lock. {@link GovernanceSweep} calls {@link #closeDueNow()} on a schedule; this is the check
     * made where a proposal is read or the framework is changed, so nothing waits for the next sweep.
     */
    public void closeDue() {
        long due = em.createQuery("select count(p) from ChangeProposal p where p.status = :s and p.votingClosesAt <= :now", Long.class)
                .setParameter("s", ProposalStatus.OPEN).setParameter("now", clock.now()).getSingleResult();
        if (due > 0) {
            QuarkusTransaction.requiringNew().run(this::closeDueNow);
        }
    }

    /** Closes what is due in the current transaction, in the order the windows ended; returns how many it closed. */
    public int closeDueNow() {
        Instant now = clock.now();
        editor.lock();
        List<ChangeProposal> list = em.createQuery("from ChangeProposal p where p.status = :s and p.votingClosesAt <= :now "
                        + "order by p.votingClosesAt, p.number", ChangeProposal.class)
                .setParameter("s", ProposalStatus.OPEN).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (ChangeProposal p : list) {
            close(p, p.votingClosesAt, Caller.SYSTEM, false);
            audit.append(Caller.SYSTEM, null, null, "closeChangeProposal", List.of(p.id.toString()),
                    audit.digest(Map.of("proposalId", p.id.toString(), "status", p.status.name(), "closedAt", p.closedAt.toString())));
        }
        return list.size();
    }

    private void close(ChangeProposal p, Instant at, String by, boolean early) {
        int eligible = eligibleOrganisations(at);
        VotingRule.Tally tally = liveTallies(List.of(p.id), at).get(p.id);
        VotingRule.Thresholds thresholds = settings().thresholds();
        VotingRule.Decision decision = VotingRule.decide(tally, eligible, thresholds);
        ProposalApplier.Application application = decision.adopted() ? applier.apply(p) : null;
        // everything at once: the database accepts a closed proposal only with its whole decision
        p.status = decision.adopted() ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED;
        p.closedAt = at;
        p.closedBy = by;
        p.closedEarly = early;
        p.eligibleOrganisations = eligible;
        p.yesVotes = tally.yes();
        p.noVotes = tally.no();
        p.abstainVotes = tally.abstain();
        p.quorumNumerator = thresholds.quorum().numerator();
        p.quorumDenominator = thresholds.quorum().denominator();
        p.majorityNumerator = thresholds.majority().numerator();
        p.majorityDenominator = thresholds.majority().denominator();
        p.rejectionReason = decision.rejectionReason();
        if (application != null) {
            p.applicationStatus = application.status();
            p.appliedVersionId = application.draft() == null ? null : application.draft().id;
            p.applicationNote = application.note();
        }
        outbox.event(org.assay.platform.outbox.EventType.PROPOSAL_CLOSED).member(p.proposedByOrg).broadcast(org.assay.platform.outbox.Broadcast.MEMBERS).proposal(p.id)
                .summary("number", p.number).summary("status", p.status).summary("closedEarly", early).summary("closedAt", at)
                .summary("yesVotes", p.yesVotes).summary("noVotes", p.noVotes).summary("abstainVotes", p.abstainVotes).record();
        em.flush();
    }

    // ---- reading ----

    public ChangeProposal get(UUID id) {
        ChangeProposal p = id == null ? null : em.find(ChangeProposal.class, id);
        if (p == null) {
            throw new NotFoundException("Change proposal");
        }
        return p;
    }

    /** The proposals with these ids, in one statement (unknown ids left out). */
    public List<ChangeProposal> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from ChangeProposal p where p.id in :ids", ChangeProposal.class).setParameter("ids", ids).getResultList();
    }

    /** Proposals, newest first, keyset-paged by number. */
    public List<ChangeProposal> list(ProposalStatus status, String indicatorCode, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from ChangeProposal p where 1 = 1");
        if (status != null) jpql.append(" and p.status = :status");
        if (indicatorCode != null && !indicatorCode.isBlank()) jpql.append(" and p.indicatorCode = :code");
        if (page.hasCursor()) jpql.append(" and p.number < :after");
        jpql.append(" order by p.number desc");
        TypedQuery<ChangeProposal> q = em.createQuery(jpql.toString(), ChangeProposal.class);
        if (status != null) q.setParameter("status", status);
        if (indicatorCode != null && !indicatorCode.isBlank()) q.setParameter("code", indicatorCode.strip());
        if (page.hasCursor()) {
            try {
                q.setParameter("after", page.longValue(0));
            } catch (NumberFormatException e) {
                throw new org.assay.platform.InvalidArgumentException("malformed cursor");
            }
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public static String cursorOf(ChangeProposal p) {
        return PageRequest.encode(Long.toString(p.number));
    }

    /** The organisation that made each proposal, by proposal id, in one statement. */
    public Map<UUID, UUID> proposers(Collection<UUID> proposalIds) {
        Map<UUID, UUID> out = new HashMap<>();
        if (!proposalIds.isEmpty()) {
            em.createQuery("select p.id, p.proposedByOrg from ChangeProposal p where p.id in :ids", Object[].class)
                    .setParameter("ids", proposalIds).getResultList().forEach(r -> out.put((UUID) r[0], (UUID) r[1]));
        }
        return out;
    }
}
