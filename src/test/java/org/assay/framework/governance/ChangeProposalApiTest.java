package org.assay.framework.governance;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assay.framework.FrameworkFixtures.activeMembers;
import static org.assay.framework.FrameworkFixtures.castYes;
import static org.assay.framework.FrameworkFixtures.close;
import static org.assay.framework.FrameworkFixtures.created;
import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.framework.FrameworkFixtures.proposal;
import static org.assay.framework.FrameworkFixtures.proposeAddition;
import static org.assay.framework.FrameworkFixtures.proposeChange;
import static org.assay.framework.FrameworkFixtures.proposeRetirement;
import static org.assay.framework.FrameworkFixtures.setThresholds;
import static org.assay.framework.FrameworkFixtures.thresholds;
import static org.assay.framework.FrameworkFixtures.vote;
import static org.assay.framework.FrameworkFixtures.yesNoIndicator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The voting lifecycle through the API. The set of member organisations grows as other tests admit some, so every test
 * reads the current count N and sets thresholds relative to it (restored afterwards).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ChangeProposalApiTest {

    @Inject
    Clock clock;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    int[] savedThresholds;
    Fixtures.Party m1;
    Fixtures.Party m2;
    Fixtures.Party m3;

    @BeforeEach
    void members() {
        savedThresholds = thresholds();
        m1 = Fixtures.party("MEMBER_FIRM", "Voter One Batteries", "DE");
        m2 = Fixtures.party("MEMBER_FIRM", "Voter Two Motors", "SE");
        m3 = Fixtures.party("MEMBER_FIRM", "Voter Three Electronics", "JP");
        Fixtures.party("MEMBER_FIRM", "Silent Member", "FR"); // never votes: N is always above the votes cast
    }

    @AfterEach
    void restore() {
        clock.reset();
        setThresholds(savedThresholds[0], savedThresholds[1], savedThresholds[2], savedThresholds[3]);
    }

    Instant inHours(int hours) {
        return clock.now().plus(Duration.ofHours(hours));
    }

    /** A harmless change (the Chinese guidance of an optional indicator) unique to this call. */
    String proposeTextChange(Gql who) {
        return created(proposeChange(who, "GOV-POL-02",
                Map.of("guidance", Map.of("zh", "董事会监督说明（测试 " + System.nanoTime() + "）")), inHours(2)), "proposeIndicatorChange");
    }

    @Test
    void aPageOfProposalsWithProposersAndVotesCostsConstantStatements() {
        for (int i = 0; i < 6; i++) {
            String id = proposeTextChange((i % 2 == 0 ? m1 : m2).client());
            castYes(m1.client(), id);
            castYes(m3.client(), id);
        }
        String query = "query($n: Int) { changeProposals(first: $n) { nodes { id proposedBy { id name } myVote baseVersion { id number } application { version { id } } "
                + "votes { organisation { id name } choice } } } }";
        long[] statements = new long[2];
        int[] sizes = {2, 6};
        for (int i = 0; i < sizes.length; i++) {
            sessionFactory.getStatistics().clear();
            Gql.Result r = m1.client().post(query, vars("n", sizes[i])).assertNoErrors();
            statements[i] = sessionFactory.getStatistics().getPrepareStatementCount();
            List<Map<String, Object>> nodes = r.get("data.changeProposals.nodes");
            assertEquals(sizes[i], nodes.size());
            nodes.forEach(n -> assertEquals("YES", n.get("myVote"), n.toString()));
        }
        System.out.println("[statements] changeProposals with proposedBy, myVote, votes: first 2 -> " + statements[0] + ", first 6 -> " + statements[1]);
        assertEquals(statements[0], statements[1], "statements must not grow with the page size");
    }

    @Test
    void adoptedWhenTheWindowEndsWithQuorumAndMajority() {
        int n = activeMembers();
        setThresholds(3, n, 2, 3); // exactly three organisations must vote
        String id = proposeTextChange(m1.client());

        castYes(m1.client(), id);
        castYes(m2.client(), id);
        Gql.Result r = vote(m3.client(), "castVote", id, "NO").assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("castVote"));
        assertEquals(2, r.<Integer>get("data.castVote.proposal.tally.yes"));
        assertEquals(1, r.<Integer>get("data.castVote.proposal.tally.no"));
        assertEquals(n, r.<Integer>get("data.castVote.proposal.tally.eligibleOrganisations"));
        assertEquals("OPEN", r.string("data.castVote.proposal.status"));
        assertTrue(r.<Boolean>get("data.castVote.proposal.votingOpen"));

        clock.advance(Duration.ofHours(3)); // the window ends; the next read decides it
        Map<String, Object> p = proposal(m1.client(), id).assertNoErrors().get("data.changeProposal");
        assertEquals("ADOPTED", p.get("status"), p.toString());
        assertFalse((Boolean) p.get("votingOpen"));
        @SuppressWarnings("unchecked") Map<String, Object> decision = (Map<String, Object>) p.get("decision");
        assertEquals(Map.of("numerator", 3, "denominator", n), decision.get("quorum"), "the thresholds that decided it are recorded");
        assertEquals(Map.of("numerator", 2, "denominator", 3), decision.get("majority"));
        assertEquals(n, decision.get("eligibleOrganisations"));
        assertEquals(true, decision.get("quorumReached"));
        assertEquals(true, decision.get("majorityReached"));
        assertEquals(false, decision.get("closedEarly"));
        @SuppressWarnings("unchecked") Map<String, Object> tally = (Map<String, Object>) p.get("tally");
        assertEquals(true, tally.get("final"));
        @SuppressWarnings("unchecked") Map<String, Object> application = (Map<String, Object>) p.get("application");
        assertEquals("APPLIED", application.get("status"), application.toString());

        // the change is in the draft
        Gql.Result d = m1.client().post("query($id: ID!) { frameworkVersion(id: $id) { status indicator(code: \"GOV-POL-02\", lang: ZH) { guidance } } }",
                vars("id", application.get("versionId"))).assertNoErrors();
        assertEquals("DRAFT", d.string("data.frameworkVersion.status"));
        assertTrue(d.string("data.frameworkVersion.indicator.guidance").startsWith("董事会监督说明（测试"));

        // late votes are refused, new or changed
        Fixtures.Party late = Fixtures.party("MEMBER_FIRM", "Late Voter", "IT");
        assertEquals(List.of("VOTING_CLOSED"), vote(late.client(), "castVote", id, "YES").assertNoErrors().userErrorCodes("castVote"));
        assertEquals(List.of("VOTING_CLOSED"), vote(m3.client(), "changeVote", id, "YES").assertNoErrors().userErrorCodes("changeVote"));
        assertEquals(List.of("ALREADY_CLOSED"), close(id).assertNoErrors().userErrorCodes("closeChangeProposal"));
    }

    @Test
    void lateVoteIsRefusedOnceTheClockPassesTheWindow() {
        int n = activeMembers();
        setThresholds(1, n, 2, 3);
        String id = proposeTextChange(m1.client());
        clock.advance(Duration.ofHours(2)); // exactly at the closing instant: closed
        Gql.Result r = vote(m2.client(), "castVote", id, "YES").assertNoErrors();
        assertEquals(List.of("VOTING_CLOSED"), r.userErrorCodes("castVote"), r.raw());
        Map<String, Object> p = proposal(operator(), id).assertNoErrors().get("data.changeProposal");
        assertEquals("REJECTED", p.get("status"), "nobody voted");
        assertEquals("QUORUM_NOT_REACHED", ((Map<?, ?>) p.get("decision")).get("rejectionReason"));
    }

    @Test
    void rejectedForLackOfQuorum() {
        int n = activeMembers();
        setThresholds(3, n, 2, 3);
        String id = proposeTextChange(m1.client());
        castYes(m1.client(), id);
        castYes(m2.client(), id);
        Gql.Result r = close(id).assertNoErrors();
        Map<String, Object> p = r.get("data.closeChangeProposal.proposal");
        assertEquals("REJECTED", p.get("status"), r.raw());
        Map<?, ?> decision = (Map<?, ?>) p.get("decision");
        assertEquals("QUORUM_NOT_REACHED", decision.get("rejectionReason"));
        assertEquals(false, decision.get("quorumReached"));
        assertEquals(true, decision.get("majorityReached"));
        assertEquals(true, decision.get("closedEarly"));
        assertNull(p.get("application"), "nothing applied");
        assertEquals(2, ((Map<?, ?>) p.get("tally")).get("voted"));
    }

    @Test
    void rejectedForLackOfMajorityWithAbstentionsCountingForQuorumOnly() {
        int n = activeMembers();
        setThresholds(3, n, 2, 3);
        String id = proposeTextChange(m1.client());
        castYes(m1.client(), id);
        vote(m2.client(), "castVote", id, "NO").assertNoErrors();
        vote(m3.client(), "castVote", id, "ABSTAIN").assertNoErrors();
        Map<String, Object> p = close(id).assertNoErrors().get("data.closeChangeProposal.proposal");
        assertEquals("REJECTED", p.get("status"));
        Map<?, ?> decision = (Map<?, ?>) p.get("decision");
        assertEquals(true, decision.get("quorumReached"), "the abstention completes the quorum");
        assertEquals("MAJORITY_NOT_REACHED", decision.get("rejectionReason"), "1 YES of 2 non-abstaining votes is below 2/3");
        assertEquals(Map.of("yes", 1, "no", 1, "abstain", 1, "voted", 3, "eligibleOrganisations", n, "final", true), p.get("tally"));
    }

    @Test
    void voteChangedBeforeClosingCountsOnceWithTheNewChoice() {
        int n = activeMembers();
        setThresholds(2, n, 2, 3);
        String id = proposeTextChange(m1.client());
        castYes(m1.client(), id);
        vote(m2.client(), "castVote", id, "NO").assertNoErrors();

        Gql.Result again = vote(m2.client(), "castVote", id, "YES").assertNoErrors();
        assertEquals(List.of("ALREADY_VOTED"), again.userErrorCodes("castVote"), "a second new vote is refused");
        assertEquals(List.of("NOT_VOTED"), vote(m3.client(), "changeVote", id, "YES").assertNoErrors().userErrorCodes("changeVote"));

        Gql.Result changed = vote(m2.client(), "changeVote", id, "YES").assertNoErrors();
        assertEquals(List.of(), changed.userErrorCodes("changeVote"));
        assertEquals(2, changed.<Integer>get("data.changeVote.proposal.tally.yes"));
        assertEquals(0, changed.<Integer>get("data.changeVote.proposal.tally.no"));
        assertEquals(2, changed.<Integer>get("data.changeVote.proposal.tally.voted"), "still one vote per organisation");

        Gql.Result mine = m2.client().post("query($id: ID!) { changeProposal(id: $id) { myVote votes { organisation { id } choice castAt updatedAt } } }",
                vars("id", id)).assertNoErrors();
        assertEquals("YES", mine.string("data.changeProposal.myVote"));
        List<Map<String, Object>> votes = mine.get("data.changeProposal.votes");
        Map<String, Object> m2vote = votes.stream().filter(v -> m2.organisationId().equals(((Map<?, ?>) v.get("organisation")).get("id")))
                .findFirst().orElseThrow();
        assertEquals("YES", m2vote.get("choice"));
        assertTrue(Instant.parse((String) m2vote.get("updatedAt")).isAfter(Instant.parse((String) m2vote.get("castAt"))));

        Map<String, Object> p = close(id).assertNoErrors().get("data.closeChangeProposal.proposal");
        assertEquals("ADOPTED", p.get("status"));
        assertEquals(2, ((Map<?, ?>) p.get("tally")).get("yes"));
    }

    @Test
    void onlyMembersVoteAndOnlyMembersAndTheOperatorSeeWhoVotedHow() {
        String id = proposeTextChange(m1.client());
        castYes(m1.client(), id);
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Curious Smelter", "CN");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Audit Co", "GB");

        vote(supplier.client(), "castVote", id, "YES").assertErrorCode("forbidden");
        vote(assessor.client(), "castVote", id, "YES").assertErrorCode("forbidden");
        vote(operator(), "castVote", id, "YES").assertErrorCode("forbidden");
        proposeRetirement(supplier.client(), "GOV-POL-02", inHours(2)).assertErrorCode("forbidden");
        proposeRetirement(operator(), "GOV-POL-02", inHours(2)).assertErrorCode("forbidden");

        // suppliers and assessors read proposals and tallies...
        for (Fixtures.Party outsider : List.of(supplier, assessor)) {
            Gql.Result r = outsider.client().post("query($id: ID!) { changeProposal(id: $id) { status rationale tally { yes voted } } }",
                    vars("id", id)).assertNoErrors();
            assertEquals(1, r.<Integer>get("data.changeProposal.tally.yes"));
            // ...but not who voted how, nor who proposed
            outsider.client().post("query($id: ID!) { changeProposal(id: $id) { votes { choice } } }", vars("id", id)).assertErrorCode("forbidden");
            outsider.client().post("query($id: ID!) { changeProposal(id: $id) { proposedBy { name } } }", vars("id", id)).assertErrorCode("forbidden");
        }
        Gql.Result op = operator().post("query($id: ID!) { changeProposal(id: $id) { votes { organisation { id name } choice } proposedBy { id } } }",
                vars("id", id)).assertNoErrors();
        assertEquals(m1.organisationId(), op.string("data.changeProposal.proposedBy.id"));
        assertEquals(List.of(m1.organisationId()), op.json().getList("data.changeProposal.votes.organisation.id"));
        Gql.Result other = m2.client().post("query($id: ID!) { changeProposal(id: $id) { myVote votes { choice } } }", vars("id", id)).assertNoErrors();
        assertNull(other.get("data.changeProposal.myVote"));
        assertEquals(List.of("YES"), other.json().getList("data.changeProposal.votes.choice"));

        close(id).assertNoErrors();
    }

    @Test
    void proposalsAreValidatedCompletely() {
        Gql member = m1.client();
        Gql.Result r = proposeChange(member, "NO-SUCH-CODE", Map.of("weight", 2), clock.now().minusSeconds(60)).assertNoErrors();
        assertTrue(r.userErrorCodes("proposeIndicatorChange").containsAll(List.of("NOT_FOUND", "NOT_IN_FUTURE")), r.raw());
        assertEquals(List.of("WINDOW_TOO_LONG"), proposeRetirement(member, "GOV-POL-02", clock.now().plus(Duration.ofDays(91)))
                .assertNoErrors().userErrorCodes("proposeIndicatorRetirement"));
        assertEquals(List.of("WINDOW_TOO_SHORT"), proposeRetirement(member, "GOV-POL-02", clock.now().plus(Duration.ofMinutes(10)))
                .assertNoErrors().userErrorCodes("proposeIndicatorRetirement"));
        assertEquals(List.of("NOTHING_TO_CHANGE"), proposeChange(member, "GOV-POL-02", Map.of(), inHours(2))
                .assertNoErrors().userErrorCodes("proposeIndicatorChange"));
        // a TEXT indicator cannot be made essential; thresholds only on NUMBER indicators
        r = proposeChange(member, "GOV-POL-02", Map.of("thresholds", Map.of("direction", "HIGHER_IS_BETTER", "values", List.of(1, 2, 3, 4)),
                "weight", -1), inHours(2)).assertNoErrors();
        assertEquals(List.of("input.change.weight", "input.change.thresholds"), r.userErrorFields("proposeIndicatorChange"), r.raw());

        Map<String, Object> bad = new java.util.HashMap<>(yesNoIndicator("GOV-POL-01", "ESSENTIAL"));
        bad.put("answerType", "NUMBER");
        bad.put("riskType", 3);
        r = proposeAddition(member, "NO.SUCH.ASPECT", bad, inHours(2)).assertNoErrors();
        List<String> fields = r.userErrorFields("proposeIndicatorAddition");
        assertTrue(fields.containsAll(List.of("input.aspectCode", "input.indicator.code", "input.indicator.riskType",
                "input.indicator.unit", "input.indicator.thresholds")), r.raw());
        assertNull(r.get("data.proposeIndicatorAddition.proposal"));
    }

    @Test
    void thresholdsAreSetByTheOperatorOnlyAndValidated() {
        setThresholds(m1.client(), 1, 2, 2, 3).assertErrorCode("forbidden");
        Gql.Result r = setThresholds(operator(), 3, 2, 0, 3).assertNoErrors();
        assertEquals(List.of("input.quorum.numerator", "input.majority.numerator"),
                r.userErrorFields("setGovernanceThresholds"), r.raw());
        assertEquals(List.of("OUT_OF_RANGE"), setThresholds(operator(), 1, 0, 2, 3).assertNoErrors().userErrorCodes("setGovernanceThresholds"));
        Gql.Result ok = setThresholds(operator(), 3, 5, 3, 4).assertNoErrors();
        assertEquals(3, ok.<Integer>get("data.setGovernanceThresholds.settings.quorum.numerator"));
        assertEquals(4, ok.<Integer>get("data.setGovernanceThresholds.settings.majority.denominator"));
        assertNotNull(ok.get("data.setGovernanceThresholds.settings.activeMemberOrganisations"));
    }
}
