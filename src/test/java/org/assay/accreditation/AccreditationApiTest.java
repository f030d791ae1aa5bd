package org.assay.accreditation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assay.framework.AssessmentMethod.DESK_REVIEW;
import static org.assay.framework.AssessmentMethod.ON_SITE_AUDIT;
import static org.assay.supplier.Mineral.COBALT;
import static org.assay.supplier.Mineral.COPPER;
import static org.assay.supplier.Mineral.LITHIUM;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator accredits assessment bodies; bodies and suppliers declare conflicts; eligibility follows from both. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AccreditationApiTest {

    static final String ACCREDIT = "mutation($in: AccreditAssessmentBodyInput!) { accreditAssessmentBody(input: $in) { "
            + "accreditation { id bodyId bodyName methods minerals countries validFrom validUntil status } userErrors { field code message } } }";
    static final String WITHDRAW = "mutation($in: WithdrawAccreditationInput!) { withdrawAccreditation(input: $in) { "
            + "accreditation { id status withdrawalReason } userErrors { field code message } } }";
    static final String DECLARE = "mutation($in: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $in) { "
            + "declaration { id kind description declarer { id kind } counterparty { id name kind } } userErrors { field code message } } }";
    static final String LIST = "query($f: AccreditationFilter) { accreditations(first: 100, filter: $f) { nodes { id bodyId status } } }";
    static final String DECLARATIONS = "query($org: ID) { conflictDeclarations(first: 100, organisationId: $org) { nodes { id declarer { id } counterparty { id } kind } } }";

    @Inject
    AccreditationService service;

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource db;

    @Inject
    org.hibernate.SessionFactory sessionFactory;

    Map<String, Object> grant(String bodyId, List<String> methods, List<String> minerals, List<String> countries,
                              LocalDate from, LocalDate until) {
        Map<String, Object> m = new HashMap<>();
        m.put("bodyId", bodyId);
        m.put("methods", methods);
        m.put("minerals", minerals);
        m.put("countries", countries);
        m.put("validFrom", from.toString());
        m.put("validUntil", until.toString());
        return m;
    }

    String accredit(String bodyId, List<String> methods, List<String> minerals, List<String> countries) {
        Gql.Result r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(bodyId, methods, minerals, countries,
                clock.today().minusDays(30), clock.today().plusDays(365)))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("accreditAssessmentBody"), r.raw());
        return r.string("data.accreditAssessmentBody.accreditation.id");
    }

    @Test
    void accreditationsAndDeclarationsAreNodesReadUnderTheirListingsRule() {
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Node Auditors", "GB");
        Fixtures.Party otherBody = Fixtures.party("ASSESSMENT_BODY", "Node Other Auditors", "GB");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Node Supplier", "CD");
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Node Buyer", "DE");
        String accreditation = accredit(body.organisationId(), List.of("DESK_REVIEW"), List.of(), List.of());
        String declaration = body.client().post(DECLARE, vars("in", Map.of("counterpartyId", supplier.organisationId(),
                "kind", "OWNERSHIP", "description", "Shares held by a partner"))).assertNoErrors()
                .string("data.declareConflictOfInterest.declaration.id");
        String node = "query($id: ID!) { node(id: $id) { id ... on Accreditation { status body { id name } } ... on ConflictDeclaration { kind } } }";

        // the accreditation: to the operator and its own body; anyone else as an unknown id
        Gql.Result r = body.client().post(node, vars("id", accreditation)).assertNoErrors();
        assertEquals(accreditation, r.string("data.node.id"));
        assertEquals(body.organisationNodeId(), r.string("data.node.body.id"), "body is the organisation object");
        assertTrue(r.string("data.node.body.name").startsWith("Node Auditors"), r.raw());
        assertEquals(accreditation, Gql.rootOperator().post(node, vars("id", accreditation)).assertNoErrors().string("data.node.id"));
        for (Fixtures.Party other : List.of(otherBody, supplier, member)) {
            assertEquals(List.of("NOT_FOUND"), other.client().post(node, vars("id", accreditation)).errorCodes(), other.toString());
        }
        // the declaration: to the operator and the declarer; the counterparty and anyone else as an unknown id
        assertEquals("OWNERSHIP", body.client().post(node, vars("id", declaration)).assertNoErrors().string("data.node.kind"));
        assertEquals(declaration, Gql.rootOperator().post(node, vars("id", declaration)).assertNoErrors().string("data.node.id"));
        for (Fixtures.Party other : List.of(otherBody, supplier, member)) {
            assertEquals(List.of("NOT_FOUND"), other.client().post(node, vars("id", declaration)).errorCodes(), other.toString());
        }
        // the deprecated raw id stays what it was; the object field carries the global id
        assertEquals(List.of(body.organisationId()), body.client().post(LIST).assertNoErrors().get("data.accreditations.nodes.bodyId"));
    }

    @Test
    void aPageOfAccreditationsWithTheirBodiesCostsConstantStatements() {
        for (int i = 0; i < 6; i++) {
            accredit(Fixtures.party("ASSESSMENT_BODY", "Counted Auditors " + i, "GB").organisationId(), List.of("DESK_REVIEW"), List.of(), List.of());
        }
        String query = "query($n: Int) { accreditations(first: $n) { nodes { id body { id name status } } } }";
        long[] statements = new long[2];
        int[] sizes = {2, 6};
        for (int i = 0; i < sizes.length; i++) {
            sessionFactory.getStatistics().clear();
            List<Map<String, Object>> nodes = Gql.rootOperator().post(query, vars("n", sizes[i])).assertNoErrors().get("data.accreditations.nodes");
            statements[i] = sessionFactory.getStatistics().getPrepareStatementCount();
            assertEquals(sizes[i], nodes.size());
            nodes.forEach(n -> assertTrue(n.get("body") != null, n.toString()));
        }
        assertEquals(statements[0], statements[1], "statements must not grow with the page size");
    }

    @Test
    void operatorAccreditsAndWithdrawsAndBodiesSeeTheirOwn() {
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Accredited Auditors", "GB");
        Fixtures.Party otherBody = Fixtures.party("ASSESSMENT_BODY", "Other Auditors", "GB");
        Gql.Result r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(body.organisationId(), List.of("ON_SITE_AUDIT", "DESK_REVIEW"),
                List.of("COBALT"), List.of("cd", "ZM", "CD"), clock.today(), clock.today().plusYears(3)))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("accreditAssessmentBody"), r.raw());
        String id = r.string("data.accreditAssessmentBody.accreditation.id");
        assertEquals(List.of("DESK_REVIEW", "ON_SITE_AUDIT"), r.get("data.accreditAssessmentBody.accreditation.methods"));
        assertEquals(List.of("CD", "ZM"), r.get("data.accreditAssessmentBody.accreditation.countries"));
        assertEquals("ACTIVE", r.string("data.accreditAssessmentBody.accreditation.status"));

        assertEquals(List.of(id), body.client().post(LIST).assertNoErrors().get("data.accreditations.nodes.id"));
        assertEquals(List.of(), otherBody.client().post(LIST, vars("f", Map.of("bodyId", body.organisationId())))
                .assertNoErrors().get("data.accreditations.nodes"), "a body sees only its own accreditations");
        assertEquals(List.of(id), Gql.rootOperator().post(LIST, vars("f", Map.of("bodyId", body.organisationId())))
                .assertNoErrors().get("data.accreditations.nodes.id"));

        Gql.Result w = Gql.rootOperator().post(WITHDRAW, vars("in", Map.of("accreditationId", id, "reason", "Failed witness audit")))
                .assertNoErrors();
        assertEquals("WITHDRAWN", w.string("data.withdrawAccreditation.accreditation.status"));
        assertEquals(List.of("ALREADY_WITHDRAWN"), Gql.rootOperator().post(WITHDRAW,
                vars("in", Map.of("accreditationId", id, "reason", "again"))).userErrorCodes("withdrawAccreditation"));
        assertEquals(List.of(), Gql.rootOperator().post(LIST, vars("f", Map.of("bodyId", body.organisationId(),
                "activeOn", clock.today().toString()))).get("data.accreditations.nodes"));
    }

    @Test
    void invalidAccreditationsGiveUserErrorsAndWriteNothing() throws Exception {
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Invalid Accreditation Body", "GB");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Not A Body", "CD");
        long before = count("select count(*) from accreditation");
        Gql.Result r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(supplier.organisationId(), List.of("DESK_REVIEW"),
                List.of(), List.of(), clock.today(), clock.today().plusDays(1))));
        assertEquals(List.of("NOT_AN_ASSESSMENT_BODY"), r.userErrorCodes("accreditAssessmentBody"));
        r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(body.organisationId(), List.of(), List.of(), List.of("CD", "XX"),
                clock.today(), clock.today().minusDays(1))));
        assertEquals(List.of("REQUIRED", "INVALID_COUNTRY", "INVALID_PERIOD"), r.userErrorCodes("accreditAssessmentBody"), r.raw());
        assertEquals(List.of("input.methods", "input.countries.1", "input.validUntil"), r.userErrorFields("accreditAssessmentBody"));
        r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(body.organisationId(), List.of("DESK_REVIEW"), List.of(), List.of(),
                clock.today().minusYears(2), clock.today().minusYears(1))));
        assertEquals(List.of("ALREADY_EXPIRED"), r.userErrorCodes("accreditAssessmentBody"));
        r = Gql.rootOperator().post(ACCREDIT, vars("in", grant(UUID.randomUUID().toString(), List.of("DESK_REVIEW"), List.of(), List.of(),
                clock.today(), clock.today())));
        assertEquals(List.of("NOT_FOUND"), r.userErrorCodes("accreditAssessmentBody"));
        assertEquals(List.of("NOT_FOUND"), Gql.rootOperator().post(WITHDRAW, vars("in", Map.of("accreditationId", UUID.randomUUID().toString(),
                "reason", "x"))).userErrorCodes("withdrawAccreditation"));
        assertEquals(before, count("select count(*) from accreditation"));
    }

    @Test
    void onlyTheOperatorAccreditsAndOnlyBodiesAndSuppliersDeclare() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Accreditation Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Accreditation Supplier", "CD");
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Self-accrediting Body", "GB");
        Map<String, Object> in = grant(body.organisationId(), List.of("DESK_REVIEW"), List.of(), List.of(), clock.today(), clock.today().plusDays(9));
        for (Gql p : List.of(member.client(), supplier.client(), body.client())) {
            p.post(ACCREDIT, vars("in", in)).assertErrorCode("forbidden");
            p.post(WITHDRAW, vars("in", Map.of("accreditationId", UUID.randomUUID().toString(), "reason", "x"))).assertErrorCode("forbidden");
        }
        member.client().post(LIST).assertErrorCode("forbidden");
        supplier.client().post(LIST).assertErrorCode("forbidden");
        member.client().post(DECLARATIONS).assertErrorCode("forbidden");
        Map<String, Object> declaration = Map.of("counterpartyId", supplier.organisationId(), "kind", "OTHER", "description", "x");
        member.client().post(DECLARE, vars("in", declaration)).assertErrorCode("forbidden");
        Gql.rootOperator().post(DECLARE, vars("in", declaration)).assertErrorCode("forbidden");
        Gql.anonymous().post(LIST).assertErrorCode("unauthorized");
    }

    @Test
    void bodiesAndSuppliersDeclareConflictsAboutEachOther() {
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Declaring Body", "GB");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Declaring Supplier", "CD");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Bystander Supplier", "CD");
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Declaring Buyer", "DE");

        Gql.Result byBody = body.client().post(DECLARE, vars("in", Map.of("counterpartyId", supplier.organisationId(),
                "kind", "CONSULTING", "description", "We advised them on their 2025 ESG report."))).assertNoErrors();
        assertEquals(List.of(), byBody.userErrorCodes("declareConflictOfInterest"), byBody.raw());
        assertEquals("ASSESSMENT_BODY", byBody.string("data.declareConflictOfInterest.declaration.declarer.kind"));
        assertEquals(supplier.organisationId(), byBody.string("data.declareConflictOfInterest.declaration.counterparty.id"));
        Gql.Result bySupplier = supplier.client().post(DECLARE, vars("in", Map.of("counterpartyId", body.organisationId(),
                "kind", "PERSONAL_TIES", "description", "Our CFO is the sister of their lead auditor."))).assertNoErrors();
        assertEquals(List.of(), bySupplier.userErrorCodes("declareConflictOfInterest"), bySupplier.raw());

        // The counterparty must be of the other kind; the same kind twice is refused.
        for (String wrong : List.of(otherSupplier.organisationId(), member.organisationId(), UUID.randomUUID().toString())) {
            assertEquals(List.of("NOT_FOUND"), supplier.client().post(DECLARE, vars("in", Map.of("counterpartyId", wrong,
                    "kind", "OTHER", "description", "x"))).userErrorCodes("declareConflictOfInterest"));
        }
        assertEquals(List.of("NOT_FOUND"), body.client().post(DECLARE, vars("in", Map.of("counterpartyId", body.organisationId(),
                "kind", "OTHER", "description", "x"))).userErrorCodes("declareConflictOfInterest"));
        assertEquals(List.of("ALREADY_DECLARED"), body.client().post(DECLARE, vars("in", Map.of("counterpartyId", supplier.organisationId(),
                "kind", "CONSULTING", "description", "again"))).userErrorCodes("declareConflictOfInterest"));
        assertEquals(List.of("REQUIRED"), body.client().post(DECLARE, vars("in", Map.of("counterpartyId", supplier.organisationId(),
                "kind", "OWNERSHIP", "description", "  "))).userErrorCodes("declareConflictOfInterest"));

        // Each sees its own declarations; the operator sees both, filtered by either party.
        String bodyDeclaration = byBody.string("data.declareConflictOfInterest.declaration.id");
        String supplierDeclaration = bySupplier.string("data.declareConflictOfInterest.declaration.id");
        assertEquals(List.of(bodyDeclaration), body.client().post(DECLARATIONS).assertNoErrors().get("data.conflictDeclarations.nodes.id"));
        assertEquals(List.of(supplierDeclaration), supplier.client().post(DECLARATIONS, vars("org", body.organisationId()))
                .assertNoErrors().get("data.conflictDeclarations.nodes.id"));
        assertEquals(List.of(), otherSupplier.client().post(DECLARATIONS).get("data.conflictDeclarations.nodes"));
        assertEquals(List.of(supplierDeclaration, bodyDeclaration), Gql.rootOperator().post(DECLARATIONS, vars("org", supplier.organisationId()))
                .assertNoErrors().get("data.conflictDeclarations.nodes.id"));
    }

    @Test
    void eligibilityFollowsAccreditationScopeAndConflicts() {
        LocalDate today = clock.today();
        String supplier = Fixtures.admit("SUPPLIER", Fixtures.unique("Eligibility Supplier"), "CD");
        Fixtures.Party scoped = Fixtures.party("ASSESSMENT_BODY", "Scoped Body", "GB");
        accredit(scoped.organisationId(), List.of("ON_SITE_AUDIT", "DESK_REVIEW"), List.of("COBALT", "COPPER"), List.of("CD", "ZM"));
        Fixtures.Party anywhere = Fixtures.party("ASSESSMENT_BODY", "Anywhere Body", "FR");
        accredit(anywhere.organisationId(), List.of("DESK_REVIEW"), List.of(), List.of());
        Fixtures.Party conflicted = Fixtures.party("ASSESSMENT_BODY", "Conflicted Body", "FR");
        accredit(conflicted.organisationId(), List.of("ON_SITE_AUDIT", "DESK_REVIEW"), List.of(), List.of());
        conflicted.client().post(DECLARE, vars("in", Map.of("counterpartyId", supplier, "kind", "OWNERSHIP",
                "description", "We hold 5% of the supplier."))).assertNoErrors();
        Fixtures.Party withdrawn = Fixtures.party("ASSESSMENT_BODY", "Withdrawn Body", "FR");
        String w = accredit(withdrawn.organisationId(), List.of("ON_SITE_AUDIT", "DESK_REVIEW"), List.of(), List.of());
        Gql.rootOperator().post(WITHDRAW, vars("in", Map.of("accreditationId", w, "reason", "Lapsed insurance"))).assertNoErrors();
        Fixtures.Party suspended = Fixtures.party("ASSESSMENT_BODY", "Suspended Body", "FR");
        accredit(suspended.organisationId(), List.of("ON_SITE_AUDIT", "DESK_REVIEW"), List.of(), List.of());
        Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) { organisation { id } } }",
                vars("in", Map.of("organisationId", suspended.organisationId()))).assertNoErrors();
        UUID s = UUID.fromString(supplier);
        UUID scopedId = UUID.fromString(scoped.organisationId());
        UUID anywhereId = UUID.fromString(anywhere.organisationId());
        UUID conflictedId = UUID.fromString(conflicted.organisationId());
        UUID withdrawnId = UUID.fromString(withdrawn.organisationId());
        UUID suspendedId = UUID.fromString(suspended.organisationId());
        Set<UUID> mine = Set.of(scopedId, anywhereId, conflictedId, withdrawnId, suspendedId);

        // Audit of cobalt in CD (the supplier's country when none is given).
        assertEquals(List.of(), service.problems(scopedId, s, ON_SITE_AUDIT, EnumSet.of(COBALT), null, today));
        assertEquals(List.of(scopedId), eligible(mine, s, ON_SITE_AUDIT, EnumSet.of(COBALT), null, today));

        // Desk review of lithium in Chile: only the body accredited anywhere for any mineral.
        List<EligibilityProblem> p = service.problems(scopedId, s, DESK_REVIEW, EnumSet.of(LITHIUM), "CL", today);
        assertEquals(List.of(EligibilityProblem.Code.NOT_ACCREDITED), p.stream().map(EligibilityProblem::code).toList());
        assertTrue(p.get(0).message().contains("LITHIUM") && p.get(0).message().contains("CL"), p.get(0).message());
        assertEquals(List.of(anywhereId), eligible(mine, s, DESK_REVIEW, EnumSet.of(LITHIUM), "CL", today));
        assertEquals(Set.of(scopedId, anywhereId), Set.copyOf(eligible(mine, s, DESK_REVIEW, EnumSet.of(COBALT, COPPER), "ZM", today)));

        // Dates: before and after the validity period.
        assertTrue(service.problems(scopedId, s, ON_SITE_AUDIT, EnumSet.of(COBALT), "CD", today.plusDays(366)).get(0).message().contains("expired"));
        assertEquals(List.of(), eligible(mine, s, ON_SITE_AUDIT, EnumSet.of(COBALT), "CD", today.minusDays(31)));

        // Conflict of interest (declared by either side), withdrawal, suspension, not a body.
        assertEquals(List.of(EligibilityProblem.Code.CONFLICT_OF_INTEREST),
                service.problems(conflictedId, s, ON_SITE_AUDIT, EnumSet.of(COBALT), "CD", today).stream().map(EligibilityProblem::code).toList());
        Fixtures.Party declaringSupplier = Fixtures.party("SUPPLIER", "Declaring Eligibility Supplier", "CD");
        declaringSupplier.client().post(DECLARE, vars("in", Map.of("counterpartyId", anywhere.organisationId(), "kind", "CONSULTING",
                "description", "They wrote our due-diligence policy."))).assertNoErrors();
        UUID ds = UUID.fromString(declaringSupplier.organisationId());
        assertEquals(List.of(EligibilityProblem.Code.CONFLICT_OF_INTEREST),
                service.problems(anywhereId, ds, DESK_REVIEW, Set.of(), null, today).stream().map(EligibilityProblem::code).toList());
        assertFalse(eligible(mine, ds, DESK_REVIEW, Set.of(), null, today).contains(anywhereId));
        assertTrue(eligible(mine, s, DESK_REVIEW, Set.of(), null, today).contains(anywhereId));
        assertTrue(service.problems(withdrawnId, s, ON_SITE_AUDIT, Set.of(COBALT), "CD", today).get(0).message().contains("withdrawn"));
        assertEquals(List.of(EligibilityProblem.Code.BODY_SUSPENDED),
                service.problems(suspendedId, s, ON_SITE_AUDIT, Set.of(COBALT), "CD", today).stream().map(EligibilityProblem::code).toList());
        assertEquals(List.of(EligibilityProblem.Code.NOT_ACCREDITED),
                service.problems(s, s, ON_SITE_AUDIT, Set.of(COBALT), "CD", today).stream().map(EligibilityProblem::code).toList());
        assertEquals(List.of(scopedId), eligible(mine, s, ON_SITE_AUDIT, Set.of(COBALT), "CD", today),
                "not the conflicted, withdrawn or suspended bodies");
    }

    /** eligibleBodies restricted to this test's bodies (the database is shared by all tests). */
    private List<UUID> eligible(Set<UUID> mine, UUID supplier, org.assay.framework.AssessmentMethod method,
                                Set<org.assay.supplier.Mineral> minerals, String country, LocalDate on) {
        List<UUID> all = service.eligibleBodies(supplier, method, minerals, country, on);
        // Consistent with problems(): every body returned has none.
        all.stream().filter(mine::contains).forEach(b -> assertEquals(List.of(), service.problems(b, supplier, method, minerals, country, on)));
        return all.stream().filter(mine::contains).toList();
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
