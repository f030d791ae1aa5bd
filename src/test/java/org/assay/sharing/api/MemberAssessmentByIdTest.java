package org.assay.sharing.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.GlobalId;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.assay.support.Scenarios;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: {@code assessment(id:)} and {@code node(id:)} apply one rule. A member reads by id exactly the assessment
 * sharing shows it (the supplier's newest published one, while the supplier shares with it); an older, superseded one
 * answers like an unknown id, by {@code assessment(id:)}, by {@code node(id:)}, and {@code ResultSummary.assessment} moves on.
 * Every such read by a member is recorded for the supplier (a SUMMARY access record), as {@code sharedResults} records its own.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class MemberAssessmentByIdTest {

    static final String BY_ID = "query($id: ID!) { assessment(id: $id) { id status method rating overallScore validUntil } }";
    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on Assessment { status method rating overallScore validUntil } } }";
    static final String SUMMARY = "query($s: ID!) { sharedResults(supplierId: $s) { summary { assessmentId assessment { id status } } } }";

    static final String RECORDS = "{ accessRecords(first: 100) { nodes { reader { id } subject level assessmentId assessment { id } } } }";
    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Assessment { status } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    static String node(String id) {
        return id.length() == 36 ? new GlobalId("Assessment", UUID.fromString(id)).encode() : id;
    }

    @Test
    void theBootstrapOperatorReadsAnAssessmentByNodeAsByItsQuery() {
        // given a published assessment and the operator whose role comes from the IdP alone (no organisation)
        Scenarios.World w = Scenarios.world("By Id Bootstrap");
        String id = node(Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT"));
        Gql root = Gql.rootOperator();
        // when it reads the assessment by assessment(id:) and by node(id:)
        Map<String, Object> byId = root.post(BY_ID, vars("id", id)).assertNoErrors().get("data.assessment");
        Map<String, Object> byNode = root.post(NODE, vars("id", id)).assertNoErrors().get("data.node");
        // then both answer, identically
        assertNotNull(byNode);
        assertEquals(byId, byNode);
    }

    @Test
    void aMemberReadsByIdExactlyTheAssessmentSharingShowsIt() {
        // given a supplier's published on-site audit, requested by member A
        Scenarios.World w = Scenarios.world("By Id Sharing");
        String first = node(Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT"));
        Scenarios.assign(first, w.body().organisationId());
        Scenarios.answerAll(w.body().client(), first, Scenarios.applicable(w.body().client(), first));
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", first))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", first))).assertNoErrors();
        Gql memberA = w.memberA().client();
        Gql memberB = w.memberB().client();
        String unknown = new GlobalId("Assessment", UUID.randomUUID()).encode();

        // before any grant, even the member that requested it is told it does not exist, exactly as for an unknown id
        assertAnswersAsUnknown(memberA, first, unknown);

        // when the supplier shares its results with member A
        Gql.Result granted = w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        assertEquals(List.of(), granted.userErrorCodes("grantSharing"), granted.raw());

        // then member A reads it by id, identically through assessment(id:) and node(id:)
        assertSameByIdAndNode(memberA, first);
        // answers and findings stay the parties' (a member reads them through sharedResults.detail)
        for (String field : List.of("answers { indicatorCode }", "findings { title }")) {
            Gql.Result r = memberA.post("query($id: ID!) { assessment(id: $id) { id " + field + " } }", vars("id", first));
            assertEquals(first, r.string("data.assessment.id"), r.raw());
            assertEquals(List.of("forbidden"), r.errorCodes(), field + ": " + r.raw());
        }
        // and member B, without a grant, is told it does not exist
        assertAnswersAsUnknown(memberB, first, unknown);
        assertEquals(node(first), memberA.post(SUMMARY, vars("s", w.supplier().organisationId())).assertNoErrors()
                .string("data.sharedResults.summary.assessment.id"));

        // when the body corrects it and publishes the correction (the first becomes SUPERSEDED)
        Gql.Result c = w.body().client().post("mutation($in: AssessmentRefInput!) { correctAssessment(input: $in) { assessment { id } userErrors { code } } }",
                vars("in", Map.of("assessmentId", first))).assertNoErrors();
        String correction = c.string("data.correctAssessment.assessment.id");
        assertNotNull(correction, c.raw());
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", correction))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", correction))).assertNoErrors();
        assertEquals("SUPERSEDED", w.supplier().client().post(BY_ID, vars("id", first)).assertNoErrors().string("data.assessment.status"));

        // then member A follows the correction, and the superseded one answers exactly like an unknown id
        assertSameByIdAndNode(memberA, correction);
        assertAnswersAsUnknown(memberA, first, unknown);
        Gql.Result summary = memberA.post(SUMMARY, vars("s", w.supplier().organisationId())).assertNoErrors();
        assertEquals(node(correction), summary.string("data.sharedResults.summary.assessment.id"), summary.raw());
        assertNotEquals(node(first), summary.string("data.sharedResults.summary.assessment.id"));
        // the correction's link to what it corrects is null to the member (it may not see the superseded one)
        Gql.Result link = memberA.post("query($id: ID!) { assessment(id: $id) { supersedesId supersedes { id } } }", vars("id", correction)).assertNoErrors();
        assertNull(link.get("data.assessment.supersedes"), link.raw());
    }

    @Test
    void aMembersReadByIdIsRecordedForTheSupplierAndNoOneElsesIs() {
        // given a supplier's published on-site audit, shared with member A at summary level
        Scenarios.World w = Scenarios.world("By Id Records");
        String id = node(Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT"));
        Scenarios.assign(id, w.body().organisationId());
        Scenarios.answerAll(w.body().client(), id, Scenarios.applicable(w.body().client(), id));
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        Gql.Result granted = w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        assertEquals(List.of(), granted.userErrorCodes("grantSharing"), granted.raw());
        Gql supplier = w.supplier().client();
        assertEquals(List.of(), records(supplier), "nothing read yet");

        // when member A reads it by assessment(id:), then by node(id:)
        memberReads(w.memberA().client(), BY_ID, id);
        memberReads(w.memberA().client(), NODE, id);

        // then the supplier sees both reads: member A's, at summary level, of that assessment
        List<Map<String, Object>> records = records(supplier);
        assertEquals(2, records.size(), records.toString());
        for (Map<String, Object> r : records) {
            assertEquals(Map.of("id", w.memberA().organisationId()), r.get("reader"), records.toString());
            assertEquals(w.memberA().subject(), r.get("subject"));
            assertEquals("SUMMARY", r.get("level"));
            assertEquals(Fixtures.rawId(id), r.get("assessmentId"));
            assertEquals(Map.of("id", id), r.get("assessment"));
        }

        // a refused read (member B has no grant: NOT_FOUND) writes nothing
        for (String query : List.of(BY_ID, NODE)) {
            w.memberB().client().post(query, vars("id", id)).assertErrorCode("NOT_FOUND");
        }
        w.memberB().client().post(NODES, vars("ids", List.of(id))).assertErrorCode("NOT_FOUND");
        // nor do the parties' reads (the supplier, the assigned body, the operator)
        Gql operator = Fixtures.party("OPERATOR", "By Id Records Operator", "CH").client();
        for (Gql party : List.of(supplier, w.body().client(), operator)) {
            party.post(BY_ID, vars("id", id)).assertNoErrors();
            party.post(NODE, vars("id", id)).assertNoErrors();
        }
        assertEquals(2, records(supplier).size(), "refused reads and the parties' reads are not recorded");

        // and the assessment reached inside sharedResults is recorded once, by sharedResults itself (summary), not again by id
        assertEquals(id, w.memberA().client().post(SUMMARY, vars("s", w.supplier().organisationId())).assertNoErrors()
                .string("data.sharedResults.summary.assessment.id"));
        assertEquals(3, records(supplier).size(), "one record for the summary read, none for its nested assessment");
    }

    @Test
    void nodesOfFiftySharedAssessmentsCostTheStatementsOfFiveAndRecordEachRead() throws Exception {
        // given 50 suppliers, each sharing its published assessment with the member
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "By Id Statements Member", "DE");
        UUID m = UUID.fromString(member.organisationId());
        String tag = "Bi" + UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID supplier = facts.supplier(tag + " Supplier " + i, "CD");
            facts.grant(supplier, "MEMBER", m, "SUMMARY", null);
            ids.add(new GlobalId("Assessment", facts.published(supplier).save().assessmentId()).encode());
        }
        // when the member reads 5, then 50 of them through nodes(ids:)
        long five = statements(member.client(), ids.subList(0, 5));
        assertEquals(5, recordsOf(m), "one access record per assessment returned");
        long fifty = statements(member.client(), ids);
        System.out.println("[statements] nodes(ids:) of assessments by a member, reads recorded: 5 -> " + five + ", 50 -> " + fifty);
        // then the cost does not grow (the records are written in one batch), and each read is recorded
        assertEquals(five, fifty, "statements must not grow with the number of ids");
        assertEquals(55, recordsOf(m));
        assertEquals(0, recordsOf(m, "FULL"), "a read by id is a summary read");
    }

    private long statements(Gql who, List<String> ids) {
        who.post("{ me { role } }").assertNoErrors(); // warm the caller's identity outside the count
        sessionFactory.getStatistics().clear();
        Gql.Result r = who.post(NODES, vars("ids", ids)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(ids, r.json().getList("data.nodes.id"), r.raw());
        return statements;
    }

    private long recordsOf(UUID member) throws Exception {
        return recordsOf(member, null);
    }

    private long recordsOf(UUID member, String level) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from access_record where member_id = ?" + (level == null ? "" : " and level = ?"))) {
            ps.setObject(1, member);
            if (level != null) ps.setString(2, level);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void memberReads(Gql member, String query, String id) {
        Gql.Result r = member.post(query, vars("id", id)).assertNoErrors();
        assertTrue(r.raw().contains(id), r.raw());
    }

    private static List<Map<String, Object>> records(Gql supplier) {
        return supplier.post(RECORDS).assertNoErrors().get("data.accessRecords.nodes");
    }

    private static void assertSameByIdAndNode(Gql who, String id) {
        Gql.Result byId = who.post(BY_ID, vars("id", id)).assertNoErrors();
        Gql.Result byNode = who.post(NODE, vars("id", node(id))).assertNoErrors();
        Map<String, Object> direct = byId.get("data.assessment");
        assertEquals(node(id), direct.get("id"), byId.raw());
        assertEquals("PUBLISHED", direct.get("status"));
        assertEquals(direct, byNode.get("data.node"), "assessment(id:) and node(id:) answer the same");
    }

    private static void assertAnswersAsUnknown(Gql who, String id, String unknown) {
        for (String query : List.of(BY_ID, NODE)) {
            Gql.Result hidden = who.post(query, vars("id", node(id)));
            Gql.Result none = who.post(query, vars("id", unknown));
            assertEquals(List.of("NOT_FOUND"), hidden.errorCodes(), hidden.raw());
            assertEquals(none.<Object>get("data"), hidden.<Object>get("data"));
            assertEquals(none.<Object>get("errors"), hidden.<Object>get("errors"), "an assessment the member may not see answers like an unknown id");
        }
    }
}
