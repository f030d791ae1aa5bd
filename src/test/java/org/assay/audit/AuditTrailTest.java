package org.assay.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTrailTest {

    static final String VERIFY = "{ verifyAuditTrail { intact checkedEvents firstBrokenSeq breakKind reason headHash } }";

    @Inject
    AgroalDataSource db;

    @Test
    void everyMutationAppendsOneEventWithWhoWhatAndDigest() throws Exception {
        long before = scalar("select count(*) from audit_event");
        String orgId = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Audited Buyer"), "IT");
        assertEquals(before + 1, scalar("select count(*) from audit_event"));

        Gql.Result page = Gql.rootOperator().post("query($f: AuditEventFilter) { auditEvents(first: 5, filter: $f) { nodes { seq subject role operation targetIds inputDigest hash previousHash } } }",
                vars("f", Map.of("operation", "admitOrganisation"))).assertNoErrors();
        List<Map<String, Object>> nodes = page.json().getList("data.auditEvents.nodes");
        Map<String, Object> newest = nodes.get(0);
        assertEquals(org.assay.support.Tokens.principal("root-operator"), newest.get("subject"));
        assertEquals("OPERATOR", newest.get("role"));
        assertEquals(List.of(orgId), newest.get("targetIds"));
        assertEquals(64, newest.get("inputDigest").toString().length());

        Fixtures.addPerson(orgId, "audited-" + System.nanoTime(), false);
        assertEquals(before + 2, scalar("select count(*) from audit_event"));
        Gql.Result byOp = Gql.rootOperator().post("query($f: AuditEventFilter) { auditEvents(first: 1, filter: $f) { nodes { operation targetIds } } }",
                vars("f", Map.of("operation", "addPerson"))).assertNoErrors();
        assertEquals("addPerson", byOp.string("data.auditEvents.nodes[0].operation"));
    }

    @Test
    void databaseRefusesEditsAndDeletes() {
        Fixtures.admit("SUPPLIER", Fixtures.unique("Trigger Check"), "PE");
        assertThrows(SQLException.class, () -> exec("update audit_event set subject = 'mallory' where seq = 1"));
        assertThrows(SQLException.class, () -> exec("delete from audit_event where seq = 1"));
    }

    @Test
    void tamperingIsDetected() throws Exception {
        for (int i = 0; i < 3; i++) {
            Fixtures.admit("SUPPLIER", Fixtures.unique("Chain Link"), "ZM");
        }
        Gql op = Gql.rootOperator();
        assertTrue(op.post(VERIFY).assertNoErrors().<Boolean>get("data.verifyAuditTrail.intact"));
        long last = scalar("select max(seq) from audit_event");
        long target = last - 1;
        exec("alter table audit_event disable trigger audit_event_no_update");
        try {
            // 1. edit a row
            String original = string("select subject from audit_event where seq = " + target);
            exec("update audit_event set subject = 'mallory' where seq = " + target);
            Gql.Result r = op.post(VERIFY).assertNoErrors();
            assertFalse(r.<Boolean>get("data.verifyAuditTrail.intact"));
            assertEquals(target, ((Number) r.get("data.verifyAuditTrail.firstBrokenSeq")).longValue());
            assertEquals("HASH_MISMATCH", r.string("data.verifyAuditTrail.breakKind"));
            exec("update audit_event set subject = '" + original + "' where seq = " + target);
            assertTrue(op.post(VERIFY).<Boolean>get("data.verifyAuditTrail.intact"));

            // 2. delete a row (in the middle, then at the end)
            exec("drop table if exists audit_saved; create table audit_saved as select * from audit_event where seq >= " + target);
            exec("delete from audit_event where seq = " + target);
            r = op.post(VERIFY).assertNoErrors();
            assertFalse(r.<Boolean>get("data.verifyAuditTrail.intact"));
            assertEquals(target, ((Number) r.get("data.verifyAuditTrail.firstBrokenSeq")).longValue());
            assertEquals("SEQUENCE_GAP", r.string("data.verifyAuditTrail.breakKind"));
            exec("insert into audit_event select * from audit_saved where seq = " + target);
            exec("delete from audit_event where seq = " + last);
            r = op.post(VERIFY).assertNoErrors();
            assertFalse(r.<Boolean>get("data.verifyAuditTrail.intact"));
            assertEquals("HEAD_MISMATCH", r.string("data.verifyAuditTrail.breakKind"));
            exec("insert into audit_event select * from audit_saved where seq = " + last);
            assertTrue(op.post(VERIFY).<Boolean>get("data.verifyAuditTrail.intact"));

            // 3. reorder two rows (swap their numbers)
            exec("update audit_event set seq = seq + 1000000000 where seq in (" + target + ", " + last + ")");
            exec("update audit_event set seq = " + last + " where seq = 1000000000 + " + target);
            exec("update audit_event set seq = " + target + " where seq = 1000000000 + " + last);
            r = op.post(VERIFY).assertNoErrors();
            assertFalse(r.<Boolean>get("data.verifyAuditTrail.intact"));
            assertEquals(target, ((Number) r.get("data.verifyAuditTrail.firstBrokenSeq")).longValue());
            exec("update audit_event set seq = seq + 1000000000 where seq in (" + target + ", " + last + ")");
            exec("update audit_event set seq = " + last + " where seq = 1000000000 + " + target);
            exec("update audit_event set seq = " + target + " where seq = 1000000000 + " + last);
        } finally {
            exec("alter table audit_event enable trigger audit_event_no_update; drop table if exists audit_saved");
        }
        assertTrue(op.post(VERIFY).<Boolean>get("data.verifyAuditTrail.intact"), "restored chain verifies again");
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
