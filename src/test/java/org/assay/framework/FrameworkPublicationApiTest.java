package org.assay.framework;

import io.agroal.api.AgroalDataSource;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assay.framework.FrameworkFixtures.adopt;
import static org.assay.framework.FrameworkFixtures.close;
import static org.assay.framework.FrameworkFixtures.created;
import static org.assay.framework.FrameworkFixtures.current;
import static org.assay.framework.FrameworkFixtures.draft;
import static org.assay.framework.FrameworkFixtures.ensureNoDraft;
import static org.assay.framework.FrameworkFixtures.newCode;
import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.framework.FrameworkFixtures.proposeAddition;
import static org.assay.framework.FrameworkFixtures.proposeChange;
import static org.assay.framework.FrameworkFixtures.proposeRetirement;
import static org.assay.framework.FrameworkFixtures.publish;
import static org.assay.framework.FrameworkFixtures.setThresholds;
import static org.assay.framework.FrameworkFixtures.thresholds;
import static org.assay.framework.FrameworkFixtures.yesNoIndicator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adopted proposals go into the draft; publishing numbers it by the essential-set rule; published versions never change. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FrameworkPublicationApiTest {

    @Inject
    Clock clock;

    @Inject
    AgroalDataSource db;

    int[] savedThresholds;
    Gql member;

    @BeforeEach
    void setUp() {
        savedThresholds = thresholds();
        member = Fixtures.party("MEMBER_FIRM", "Publishing Member", "DE").client();
    }

    @AfterEach
    void restore() {
        clock.reset();
        setThresholds(savedThresholds[0], savedThresholds[1], savedThresholds[2], savedThresholds[3]);
    }

    Instant later() {
        return clock.now().plus(Duration.ofHours(4));
    }

    String version(Gql.Result published) {
        return published.string("data.publishFrameworkDraft.version.number");
    }

    @Test
    void majorVersionExactlyWhenTheSetOfEssentialIndicatorsChanges() {
        ensureNoDraft();
        Map<String, Object> start = current();
        int major = (Integer) start.get("major");
        int minor = (Integer) start.get("minor");
        String code = newCode("TST-PUB");

        // add an OPTIONAL indicator: minor
        Map<String, Object> added = adopt(member, created(proposeAddition(member, "GOV.POL.RSP", yesNoIndicator(code, "OPTIONAL"), later()),
                "proposeIndicatorAddition"));
        Map<?, ?> application = (Map<?, ?>) added.get("application");
        assertEquals("APPLIED", application.get("status"), added.toString());
        assertEquals(draft().get("id"), ((Map<?, ?>) application.get("version")).get("id"), "a draft was created from the published version");
        Gql.Result p1 = publish((String) application.get("versionId"));
        assertEquals(major + "." + (minor + 1), version(p1));
        assertEquals("MINOR", p1.string("data.publishFrameworkDraft.bump"));
        assertEquals(1, p1.<Integer>get("data.publishFrameworkDraft.added"));
        assertEquals("RETIRED", p1.string("data.publishFrameworkDraft.previousVersion.status"));
        assertNotNull(p1.get("data.publishFrameworkDraft.previousVersion.retiredAt"));
        assertEquals(version(p1), current().get("number"));

        // reclassify it ESSENTIAL: major
        adopt(member, created(proposeChange(member, code, Map.of("classification", "ESSENTIAL"), later()), "proposeIndicatorChange"));
        Gql.Result p2 = publish((String) draft().get("id"));
        assertEquals((major + 1) + ".0", version(p2));
        assertEquals("MAJOR", p2.string("data.publishFrameworkDraft.bump"));

        // change its weight and references only: minor
        adopt(member, created(proposeChange(member, code, Map.of("weight", 4.5,
                "references", List.of(Map.of("standard", "GRI_14", "clause", "14.23 Anti-corruption"))), later()), "proposeIndicatorChange"));
        Gql.Result p3 = publish((String) draft().get("id"));
        assertEquals((major + 1) + ".1", version(p3));
        assertEquals("MINOR", p3.string("data.publishFrameworkDraft.bump"));

        // reclassify an essential one OPTIONAL: major
        adopt(member, created(proposeChange(member, code, Map.of("classification", "OPTIONAL"), later()), "proposeIndicatorChange"));
        assertEquals((major + 2) + ".0", version(publish((String) draft().get("id"))));

        // retire the (now optional) indicator: minor
        adopt(member, created(proposeRetirement(member, code, later()), "proposeIndicatorRetirement"));
        Gql.Result p5 = publish((String) draft().get("id"));
        assertEquals((major + 2) + ".1", version(p5));
        assertEquals(1, p5.<Integer>get("data.publishFrameworkDraft.retired"));

        // its history across versions
        Gql.Result h = operator().post("query($c: String!) { indicatorHistory(code: $c) { code entries { version { number status } event "
                + "indicator { classification weight } changes { field oldValue newValue } } } }", vars("c", code)).assertNoErrors();
        List<Map<String, Object>> entries = h.get("data.indicatorHistory.entries");
        assertEquals(List.of("ADDED", "CHANGED", "CHANGED", "CHANGED", "RETIRED"), entries.stream().map(e -> e.get("event")).toList());
        assertEquals(List.of(major + "." + (minor + 1), (major + 1) + ".0", (major + 1) + ".1", (major + 2) + ".0", (major + 2) + ".1"),
                entries.stream().map(e -> ((Map<?, ?>) e.get("version")).get("number")).toList());
        assertEquals(List.of(Map.of("field", "classification", "oldValue", "OPTIONAL", "newValue", "ESSENTIAL")), entries.get(1).get("changes"));
        assertEquals(List.of("weight", "references"), ((List<?>) entries.get(2).get("changes")).stream().map(c -> ((Map<?, ?>) c).get("field")).toList());
    }

    @Test
    void conflictingAdoptedProposalsApplyInClosingOrder() {
        ensureNoDraft();
        String code = newCode("TST-CON");
        adopt(member, created(proposeAddition(member, "ENV.WAT.USE", yesNoIndicator(code, "OPTIONAL"), later()), "proposeIndicatorAddition"));

        String weight2 = created(proposeChange(member, code, Map.of("weight", 2.5), later()), "proposeIndicatorChange");
        String weight4 = created(proposeChange(member, code, Map.of("weight", 4, "title", Map.of("zh", "测试指标")), later()), "proposeIndicatorChange");
        String retire = created(proposeRetirement(member, code, later()), "proposeIndicatorRetirement");
        String retitle = created(proposeChange(member, code, Map.of("title", Map.of("en", "Renamed")), later()), "proposeIndicatorChange");

        Map<?, ?> first = (Map<?, ?>) adopt(member, weight2).get("application");
        assertEquals("APPLIED", first.get("status"));
        Map<?, ?> second = (Map<?, ?>) adopt(member, weight4).get("application");
        assertEquals("APPLIED", second.get("status"));
        assertTrue(((String) second.get("note")).contains("weight had been changed since this proposal was made"), second.toString());
        Gql.Result d = operator().post("query($id: ID!) { frameworkVersion(id: $id) { indicator(code: \"" + code + "\", lang: ZH) { weight title } } }",
                vars("id", second.get("versionId"))).assertNoErrors();
        assertEquals(4, ((Number) d.get("data.frameworkVersion.indicator.weight")).intValue(), "the later decision wins");
        assertEquals("测试指标", d.string("data.frameworkVersion.indicator.title"));

        assertEquals("APPLIED", ((Map<?, ?>) adopt(member, retire).get("application")).get("status"));
        Map<?, ?> late = (Map<?, ?>) adopt(member, retitle).get("application");
        assertEquals("NOT_APPLICABLE", late.get("status"), "the indicator no longer exists");
        assertTrue(((String) late.get("note")).contains("no longer exists"), late.toString());
        // an addition with a code that was free when proposed but is taken by then: also not applicable
        String other = newCode("TST-CON");
        String add1 = created(proposeAddition(member, "ENV.WAT.USE", yesNoIndicator(other, "OPTIONAL"), later()), "proposeIndicatorAddition");
        String add2 = created(proposeAddition(member, "ENV.WAT.USE", yesNoIndicator(other, "OPTIONAL"), later()), "proposeIndicatorAddition");
        assertEquals("APPLIED", ((Map<?, ?>) adopt(member, add1).get("application")).get("status"));
        assertEquals("NOT_APPLICABLE", ((Map<?, ?>) adopt(member, add2).get("application")).get("status"));
        String readd = created(proposeAddition(member, "ENV.WAT.USE", yesNoIndicator(code, "OPTIONAL"), later()), "proposeIndicatorAddition");
        assertEquals("APPLIED", ((Map<?, ?>) adopt(member, readd).get("application")).get("status"), "re-adding a retired code is allowed");

        // leave the framework as it was: retire both again, then publish (a minor version)
        adopt(member, created(proposeRetirement(member, code, later()), "proposeIndicatorRetirement"));
        adopt(member, created(proposeRetirement(member, other, later()), "proposeIndicatorRetirement"));
        Gql.Result p = publish((String) draft().get("id"));
        assertEquals("MINOR", p.string("data.publishFrameworkDraft.bump"));
        assertEquals(0, p.<Integer>get("data.publishFrameworkDraft.added"));
    }

    @Test
    void aPublishedVersionCannotBeModifiedByTheServiceNorInTheDatabase() throws Exception {
        String v1 = operator().post("{ frameworkVersion(number: \"1.0\") { id status } }").assertNoErrors().string("data.frameworkVersion.id");

        // the service refuses
        Gql.Result r = operator().post("""
                mutation($in: SetCertificationEquivalenceInput!) { setCertificationEquivalence(input: $in) { equivalence { schemeCode } userErrors { field code } } }""",
                vars("in", Map.of("versionId", v1, "schemeCode", "ISO_14001", "indicatorCode", "GOV-POL-01", "impliedYes", true))).assertNoErrors();
        assertEquals(List.of("VERSION_NOT_DRAFT"), r.userErrorCodes("setCertificationEquivalence"));
        for (String mutation : List.of("publishFrameworkDraft", "discardFrameworkDraft")) {
            Gql.Result x = operator().post("mutation($in: FrameworkVersionRefInput!) { " + mutation + "(input: $in) { userErrors { field code } } }",
                    vars("in", Map.of("versionId", v1))).assertNoErrors();
            assertEquals(List.of("VERSION_NOT_DRAFT"), x.userErrorCodes(mutation), x.raw());
        }

        // and so does the database, whatever the client
        String[] statements = {
                "update indicator set weight = weight + 1 where version_id = ?::uuid",
                "update indicator_reference set clause = 'x' where indicator_id in (select id from indicator where version_id = ?::uuid)",
                "delete from certification_equivalence where version_id = ?::uuid",
                "update framework_node set title_en = 'x' where version_id = ?::uuid",
                "update framework_version set scoring_rules = '{}'::jsonb where id = ?::uuid",
                "delete from framework_version where id = ?::uuid",
                "insert into framework_node (id, version_id, tier, code, title_en, title_zh, position) values (gen_random_uuid(), ?::uuid, 'THEME', 'ZZ', 'x', 'x', 99)"};
        try (Connection c = db.getConnection()) {
            for (String sql : statements) {
                SQLException e = assertThrows(SQLException.class, () -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, org.assay.platform.GlobalId.decode(v1).orElseThrow().id().toString());
                        ps.executeUpdate();
                    }
                }, sql);
                assertTrue(e.getMessage().contains("immutable") || e.getMessage().contains("cannot"), e.getMessage());
            }
        }
    }

    @Test
    void aDraftWithAdoptedChangesCannotBeDiscarded() {
        ensureNoDraft();
        String id = created(proposeChange(member, "GOV-POL-02", Map.of("guidance", Map.of("zh", "说明 " + System.nanoTime())), later()),
                "proposeIndicatorChange");
        String draftId = (String) ((Map<?, ?>) adopt(member, id).get("application")).get("versionId");
        Gql.Result r = operator().post("mutation($in: FrameworkVersionRefInput!) { discardFrameworkDraft(input: $in) { userErrors { code } } }",
                vars("in", Map.of("versionId", draftId))).assertNoErrors();
        assertEquals(List.of("HAS_ADOPTED_CHANGES"), r.userErrorCodes("discardFrameworkDraft"));
        // members cannot publish
        member.post("mutation($in: FrameworkVersionRefInput!) { publishFrameworkDraft(input: $in) { bump } }",
                vars("in", Map.of("versionId", draftId))).assertErrorCode("forbidden");
        assertEquals("MINOR", publish(draftId).string("data.publishFrameworkDraft.bump"));
        // a rejected proposal leaves no trace in any draft
        String rejected = created(proposeRetirement(member, "GOV-POL-02", later()), "proposeIndicatorRetirement");
        assertEquals("REJECTED", close(rejected).assertNoErrors().string("data.closeChangeProposal.proposal.status"));
        assertEquals(null, draft());
    }
}
