package org.assay.demo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Gql;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo world (dev mode's living consortium) holds what the README and the API guide promise, read over HTTP as
 * its people, relative to the platform clock; loading it again changes nothing; and every API guide example returns
 * data against it ({@link GuideExamplesOnDemoWorld}, last).
 */
@QuarkusTest
@TestProfile(DemoProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DemoWorldTest {

    @Inject
    DemoWorld world;

    @Inject
    Clock clock;

    @Test
    @Order(1)
    void everyDemoPersonBelongsToItsOrganisation() {
        for (DemoCast.Part p : DemoCast.ALL) {
            Gql.Result me = Gql.as(p.user()).post("{ me { member role organisation { name kind } } }").assertNoErrors();
            assertEquals(p.name(), me.string("data.me.organisation.name"), me.raw());
            assertEquals(p.kind(), me.string("data.me.organisation.kind"), me.raw());
        }
    }

    @Test
    @Order(2)
    void suppliersShowEveryStatusAndTheCriticalCap() {
        LocalDate today = clock.today();
        Gql.Result kolwezi = status("kolwezi");
        assertEquals("RATED", kolwezi.string("data.mySupplierStatus.status"), kolwezi.raw());
        assertEquals("B", kolwezi.string("data.mySupplierStatus.rating"), "capped by the open critical finding: " + kolwezi.raw());
        Gql.Result andino = status("andino");
        assertEquals("EXPIRING", andino.string("data.mySupplierStatus.status"), andino.raw());
        LocalDate until = LocalDate.parse(andino.string("data.mySupplierStatus.validUntil"));
        assertTrue(until.isAfter(today) && !until.isAfter(today.plusDays(60)), andino.raw());
        Gql.Result sulawesi = status("sulawesi");
        assertEquals("EXPIRED", sulawesi.string("data.mySupplierStatus.status"), sulawesi.raw());
        assertTrue(LocalDate.parse(sulawesi.string("data.mySupplierStatus.validUntil")).isBefore(today), sulawesi.raw());
        assertEquals("RATED", status("copperbelt").string("data.mySupplierStatus.status"));

        Gql.Result methods = Gql.as("operator").post("{ assessments(first: 50) { nodes { method status rating supplier { name } } } }").assertNoErrors();
        List<Map<String, Object>> published = methods.json().getList("data.assessments.nodes");
        assertEquals(List.of("CERTIFICATE_RECOGNITION", "DESK_REVIEW", "ON_SITE_AUDIT", "SELF_ASSESSMENT"),
                published.stream().filter(a -> "PUBLISHED".equals(a.get("status"))).map(a -> (String) a.get("method")).sorted().toList(),
                methods.raw());
        assertTrue(published.stream().anyMatch(a -> "REQUESTED".equals(a.get("status"))), "one request waits for assignment: " + methods.raw());
    }

    @Test
    @Order(3)
    void correctiveActionsAreInEveryStateAndOneIsOverdue() {
        Gql.Result r = Gql.as("kolwezi").post("{ correctiveActions { severity status overdue } }").assertNoErrors();
        List<Map<String, Object>> actions = r.json().getList("data.correctiveActions");
        assertEquals(List.of("IN_PROGRESS", "OPEN", "SUBMITTED", "VERIFIED"),
                actions.stream().map(a -> (String) a.get("status")).distinct().sorted().toList(), r.raw());
        assertTrue(actions.stream().anyMatch(a -> "CRITICAL".equals(a.get("severity")) && Boolean.TRUE.equals(a.get("overdue"))), r.raw());
        Gql.Result sentBack = Gql.as("kolwezi").post("{ correctiveActions(status: IN_PROGRESS) { history { kind } } }").assertNoErrors();
        assertTrue(sentBack.raw().contains("SENT_BACK"), sentBack.raw());
    }

    @Test
    @Order(4)
    void sharingHasBothLevelsEveryAudienceAndAPendingRequest() {
        Gql.Result kolwezi = Gql.as("kolwezi").post("{ mySharingGrants { nodes { audience level active } } }").assertNoErrors();
        assertEquals(List.of("FULL", "SUMMARY"), kolwezi.json().<String>getList("data.mySharingGrants.nodes.level").stream().sorted().toList(), kolwezi.raw());
        assertEquals(List.of("ALL_MEMBERS", "MEMBER"),
                Gql.as("copperbelt").post("{ mySharingGrants { nodes { audience } } }").assertNoErrors()
                        .json().<String>getList("data.mySharingGrants.nodes.audience").stream().sorted().toList());
        assertEquals(List.of("PUBLIC"), Gql.as("sulawesi").post("{ mySharingGrants { nodes { audience } } }").assertNoErrors()
                .json().getList("data.mySharingGrants.nodes.audience"));
        Gql.Result pending = Gql.as("andino").post("{ sharingRequests(status: PENDING) { nodes { member { name } } } }").assertNoErrors();
        assertEquals(List.of(DemoCast.NORDWAGEN.name()), pending.json().getList("data.sharingRequests.nodes.member.name"), pending.raw());
        Gql.Result records = Gql.as("kolwezi").post("{ accessRecords(first: 50) { nodes { reader { name } level } } }").assertNoErrors();
        assertTrue(records.raw().contains("FULL") && records.raw().contains("SUMMARY"), records.raw());
        Gql.Result usage = Gql.as("voltaris").post("{ usageReport(from: \"2000-01-01T00:00:00Z\", to: \"2100-01-01T00:00:00Z\") { totals { kind count } } }")
                .assertNoErrors();
        assertTrue(usage.raw().contains("FULL_READ") && usage.raw().contains("ASSESSMENT_FEE"), usage.raw());
    }

    @Test
    @Order(5)
    void frameworkHasAPublishedMinorADraftAndAnOpenProposalWithVotes() {
        Gql.Result r = Gql.as("voltaris").post("""
                { frameworkVersions { nodes { number status } }
                  changeProposals(status: OPEN) { nodes { tally { yes voted } } } }""").assertNoErrors();
        List<Map<String, Object>> versions = r.json().getList("data.frameworkVersions.nodes");
        assertTrue(versions.stream().anyMatch(v -> "PUBLISHED".equals(v.get("status")) && ((String) v.get("number")).endsWith(".1")), r.raw());
        assertTrue(versions.stream().anyMatch(v -> "DRAFT".equals(v.get("status"))), r.raw());
        assertEquals(List.of(1), r.json().getList("data.changeProposals.nodes.tally.voted"), r.raw());
    }

    @Test
    @Order(6)
    void loadingAgainChangesNothing() {
        Object before = Gql.as("operator").post("{ auditEvents(first: 1) { nodes { seq } } organisations(first: 100) { nodes { id } } }").json().getMap("data");
        assertFalse(world.load());
        assertEquals(before, Gql.as("operator").post("{ auditEvents(first: 1) { nodes { seq } } organisations(first: 100) { nodes { id } } }").json().getMap("data"));
    }

    @Test
    @Order(7)
    void voicesGrievancesInEveryStageDisputesAndAPublicDisclosure() {
        Gql.Result grievances = Gql.as("operator").post("{ grievances(first: 50) { nodes { stage category supplier { name } } } }").assertNoErrors();
        assertEquals(List.of("IN_DIALOGUE", "RECEIVED", "RESOLVED"),
                grievances.json().<String>getList("data.grievances.nodes.stage").stream().sorted().toList(), grievances.raw());
        Gql.Result kolwezi = Gql.as("kolwezi").post("{ grievances { nodes { stage supplierMessages { author } correctiveActions { status } } } }").assertNoErrors();
        assertTrue(kolwezi.raw().contains("SUPPLIER") && kolwezi.raw().contains("HANDLER"), kolwezi.raw());
        Gql.Result disputes = Gql.as("copperbelt").post("{ assessments(first: 10) { nodes { findings { dispute { status } } } } }").assertNoErrors();
        assertEquals(List.of("OPEN", "UPHELD"), disputes.json().<Map<String, Object>>getList("data.assessments.nodes.findings.flatten()").stream()
                .map(f -> f.get("dispute")).filter(d -> d instanceof Map<?, ?>).map(d -> (String) ((Map<?, ?>) d).get("status"))
                .sorted().toList(), disputes.raw());
        Gql.Result disclosure = Gql.anonymous().post("{ publicDisclosure(slug: \"kolwezi-cobalt\") { supplierName grievances { stage count } } }").assertNoErrors();
        assertEquals(DemoCast.KOLWEZI.name(), disclosure.string("data.publicDisclosure.supplierName"), disclosure.raw());
        // the complainants' contacts never reach Kolwezi, in its queries or its events
        Gql.Result events = Gql.as("kolwezi").post("{ events(first: 100, types: [GRIEVANCE_RECEIVED, GRIEVANCE_STAGE_CHANGED, GRIEVANCE_MESSAGE_TO_SUPPLIER]) { nodes { type data } } }")
                .assertNoErrors();
        assertTrue(events.raw().contains("GRIEVANCE_RECEIVED"), events.raw());
        for (String seen : List.of(events.raw(), kolwezi.raw())) {
            assertFalse(seen.contains("555 0101") || seen.contains("555 0142") || seen.contains("Mon frère"), seen);
        }
    }

    /** Last: its mutations change the world. */
    @Test
    @Order(100)
    void everyGuideExampleReturnsDataForItsDocumentedUser() throws Exception {
        new GuideExamplesOnDemoWorld().everyExampleReturnsDataForItsDocumentedUser();
    }

    private static Gql.Result status(String user) {
        return Gql.as(user).post("{ mySupplierStatus { status rating validUntil } }").assertNoErrors();
    }
}
