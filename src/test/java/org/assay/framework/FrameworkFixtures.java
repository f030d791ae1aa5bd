package org.assay.framework;

import org.assay.support.Gql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Framework and governance steps through the API, as portals call them. All tests share one database (and one draft):
 * each test establishes what it needs (e.g. {@link #ensureNoDraft()}) and closes every proposal it opens.
 */
public final class FrameworkFixtures {

    private FrameworkFixtures() {
    }

    public static Gql operator() {
        return Gql.rootOperator();
    }

    /** A new indicator code no other test uses. */
    public static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, Object> current() {
        return operator().post("{ currentFramework { id number major minor status } }").assertNoErrors().get("data.currentFramework");
    }

    public static Map<String, Object> draft() {
        List<Map<String, Object>> nodes = operator().post("{ frameworkVersions(status: DRAFT) { nodes { id number } } }")
                .assertNoErrors().get("data.frameworkVersions.nodes");
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** Leaves no draft behind: discards it, or publishes it when adopted proposals were applied to it. */
    public static void ensureNoDraft() {
        Map<String, Object> d = draft();
        if (d == null) {
            return;
        }
        Gql.Result r = operator().post("""
                mutation($in: FrameworkVersionRefInput!) { discardFrameworkDraft(input: $in) { version { id } userErrors { code } } }""",
                vars("in", Map.of("versionId", d.get("id")))).assertNoErrors();
        if (!r.userErrorCodes("discardFrameworkDraft").isEmpty()) {
            assertEquals(List.of("HAS_ADOPTED_CHANGES"), r.userErrorCodes("discardFrameworkDraft"), r.raw());
            publish((String) d.get("id"));
        }
    }

    public static Gql.Result publish(String draftId) {
        Gql.Result r = operator().post("""
                mutation($in: FrameworkVersionRefInput!) { publishFrameworkDraft(input: $in) {
                  version { id number major minor status publishedAt } previousVersion { id number status retiredAt }
                  bump added changed retired userErrors { field code message } } }""",
                vars("in", Map.of("versionId", draftId))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("publishFrameworkDraft"), r.raw());
        return r;
    }

    // ---- governance ----

    public static int activeMembers() {
        return operator().post("{ governanceSettings { activeMemberOrganisations } }").assertNoErrors()
                .<Integer>get("data.governanceSettings.activeMemberOrganisations");
    }

    public static int[] thresholds() {
        Gql.Result r = operator().post("{ governanceSettings { quorum { numerator denominator } majority { numerator denominator } } }")
                .assertNoErrors();
        return new int[]{r.<Integer>get("data.governanceSettings.quorum.numerator"), r.<Integer>get("data.governanceSettings.quorum.denominator"),
                r.<Integer>get("data.governanceSettings.majority.numerator"), r.<Integer>get("data.governanceSettings.majority.denominator")};
    }

    public static Gql.Result setThresholds(Gql who, int qn, int qd, int mn, int md) {
        return who.post("""
                mutation($in: GovernanceThresholdsInput!) { setGovernanceThresholds(input: $in) {
                  settings { quorum { numerator denominator } majority { numerator denominator } activeMemberOrganisations }
                  userErrors { field code message } } }""",
                vars("in", Map.of("quorum", Map.of("numerator", qn, "denominator", qd),
                        "majority", Map.of("numerator", mn, "denominator", md))));
    }

    public static void setThresholds(int qn, int qd, int mn, int md) {
        Gql.Result r = setThresholds(operator(), qn, qd, mn, md).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("setGovernanceThresholds"), r.raw());
    }

    public static final String PROPOSAL_FIELDS = """
            id number kind indicatorCode status votingOpen votingClosesAt changedFields aspectCode
            tally { yes no abstain voted eligibleOrganisations final }
            decision { closedAt closedEarly eligibleOrganisations quorum { numerator denominator }
                       majority { numerator denominator } quorumReached majorityReached rejectionReason }
            application { status versionId versionNumber note version { id number } }""";

    public static Gql.Result proposeChange(Gql member, String code, Map<String, Object> change, Instant closesAt) {
        return member.post("mutation($in: ProposeIndicatorChangeInput!) { proposeIndicatorChange(input: $in) { proposal { "
                        + PROPOSAL_FIELDS + " } userErrors { field code message } } }",
                vars("in", Map.of("indicatorCode", code, "change", change, "rationale", "Test rationale for " + code,
                        "votingClosesAt", closesAt.toString())));
    }

    public static Gql.Result proposeRetirement(Gql member, String code, Instant closesAt) {
        return member.post("mutation($in: ProposeIndicatorRetirementInput!) { proposeIndicatorRetirement(input: $in) { proposal { "
                        + PROPOSAL_FIELDS + " } userErrors { field code message } } }",
                vars("in", Map.of("indicatorCode", code, "rationale", "No longer needed", "votingClosesAt", closesAt.toString())));
    }

    public static Gql.Result proposeAddition(Gql member, String aspectCode, Map<String, Object> indicator, Instant closesAt) {
        return member.post("mutation($in: ProposeIndicatorAdditionInput!) { proposeIndicatorAddition(input: $in) { proposal { "
                        + PROPOSAL_FIELDS + " } userErrors { field code message } } }",
                vars("in", Map.of("aspectCode", aspectCode, "indicator", indicator, "rationale", "A gap in the criteria",
                        "votingClosesAt", closesAt.toString())));
    }

    /** A valid optional YES_NO indicator with an English-only title (to exercise the Chinese fallback). */
    public static Map<String, Object> yesNoIndicator(String code, String classification) {
        return Map.of("code", code, "title", Map.of("en", "Test indicator " + code),
                "guidance", Map.of("en", "Answer yes when the test holds.", "zh", "测试成立时回答“是”。"),
                "answerType", "YES_NO", "classification", classification, "weight", 2, "riskType", 2,
                "applicability", Map.of("stages", List.of("REFINING"), "minerals", List.of(), "cahraOnly", false),
                "references", List.of(Map.of("standard", "OECD_DDG", "clause", "Step 1: Establish strong company management systems")));
    }

    /** The proposal's id, asserting it was created without user errors. */
    public static String created(Gql.Result r, String mutation) {
        r.assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes(mutation), r.raw());
        return r.string("data." + mutation + ".proposal.id");
    }

    public static Gql.Result vote(Gql member, String mutation, String proposalId, String choice) {
        return member.post("mutation($in: VoteInput!) { " + mutation + "(input: $in) { proposal { " + PROPOSAL_FIELDS
                + " } userErrors { field code message } } }", vars("in", Map.of("proposalId", proposalId, "choice", choice)));
    }

    public static void castYes(Gql member, String proposalId) {
        Gql.Result r = vote(member, "castVote", proposalId, "YES").assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("castVote"), r.raw());
    }

    public static Gql.Result close(String proposalId) {
        return operator().post("mutation($in: ChangeProposalRefInput!) { closeChangeProposal(input: $in) { proposal { "
                + PROPOSAL_FIELDS + " } userErrors { field code message } } }", vars("in", Map.of("proposalId", proposalId)));
    }

    public static Gql.Result proposal(Gql who, String id) {
        return who.post("query($id: ID!) { changeProposal(id: $id) { " + PROPOSAL_FIELDS + " } }", vars("id", id));
    }

    /**
     * Adopts a proposal now: a quorum of one vote of the current member organisations, one YES vote, closed early
     * by the operator. The caller restores the thresholds afterwards.
     */
    public static Map<String, Object> adopt(Gql voter, String proposalId) {
        setThresholds(1, Math.max(1, activeMembers()), 2, 3);
        castYes(voter, proposalId);
        Gql.Result r = close(proposalId).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("closeChangeProposal"), r.raw());
        assertEquals("ADOPTED", r.string("data.closeChangeProposal.proposal.status"), r.raw());
        return r.get("data.closeChangeProposal.proposal");
    }

    // ---- HTTP exports ----

    public static io.restassured.response.Response export(Gql who, String versionId, String file) {
        var spec = given();
        if (who.token() != null) {
            spec = spec.auth().oauth2(who.token());
        }
        return spec.get("/frameworks/" + versionId + "/" + file);
    }
}
