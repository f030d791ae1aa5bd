package org.assay.cap.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.AssessmentRows;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code CorrectiveAction.supplier} is an {@code Organisation}, resolved for the whole list by organisation's batch
 * loader under organisation's rule (the assessment body sees the supplier's public profile, the supplier itself in full).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CorrectiveActionReferencesTest {

    static final String ACTIONS = "query($a: ID) { correctiveActions(assessmentId: $a) { id supplierId supplier { id name status } assessment { id status } finding { id severity } history { kind } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void fiftyActionsOfFiftySuppliersCostTheSameStatementsAsOne() throws Exception {
        // given an assessment body with one assessment, one finding and one action for each of 50 suppliers
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Action Batch Auditors", "GB");
        UUID first = null;
        for (int i = 0; i < 50; i++) {
            UUID a = insertAction(Fixtures.admit("SUPPLIER", Fixtures.unique("Action Batch Supplier " + i), "CD"), body.organisationId(), i);
            if (first == null) first = a;
        }
        // when the body reads the actions of one assessment, then all 50, each with its supplier
        long one = statements(body, vars("a", first.toString()), 1);
        long fifty = statements(body, Map.of(), 50);
        System.out.println("[statements] correctiveActions with supplier: 1 -> " + one + ", 50 -> " + fifty);
        // then the cost does not grow: the actions, their history, one batch of organisations, one of assessments (and their
        // version labels), one of findings (and their assessments, for assessment's rule)
        assertEquals(one, fifty, "statements must not grow with the number of actions");
        assertTrue(fifty <= 8, "50 actions cost " + fifty + " statements");
    }

    @Test
    void theSupplierShowsWhatOrganisationsRuleAllows() throws Exception {
        // given an action of a supplier, at an assessment assigned to a body
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Action Reference Mine", "CD");
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Action Reference Auditors", "GB");
        UUID assessment = insertAction(supplier.organisationId(), body.organisationId(), 0);
        // when the body reads it: the supplier's public profile (no status), with its global id; the raw id stays
        Map<String, Object> seen = body.client().post(ACTIONS, vars("a", assessment.toString())).assertNoErrors().get("data.correctiveActions[0]");
        @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) seen.get("supplier");
        assertEquals(supplier.organisationNodeId(), s.get("id"));
        assertEquals(supplier.organisationId(), seen.get("supplierId"));
        assertNull(s.get("status"), "another organisation's status is not public");
        // and the assessment and the finding are objects, under assessment's rule (the body is a party), beside the deprecated ids
        @SuppressWarnings("unchecked") Map<String, Object> a = (Map<String, Object>) seen.get("assessment");
        assertEquals(Fixtures.raw((String) a.get("id")), assessment.toString());
        assertEquals("IN_PROGRESS", a.get("status"));
        @SuppressWarnings("unchecked") Map<String, Object> f = (Map<String, Object>) seen.get("finding");
        assertEquals("MAJOR", f.get("severity"));
        // and the supplier itself sees itself in full
        Map<String, Object> own = supplier.client().post(ACTIONS, vars("a", assessment.toString())).assertNoErrors().get("data.correctiveActions[0].supplier");
        assertEquals("ACTIVE", own.get("status"));
    }

    private long statements(Fixtures.Party body, Map<String, Object> variables, int expected) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = body.client().post(ACTIONS, variables).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> actions = r.get("data.correctiveActions");
        assertEquals(expected, actions.size(), r.raw());
        assertTrue(actions.stream().allMatch(a -> a.get("supplier") != null && a.get("assessment") != null && a.get("finding") != null), r.raw());
        return statements;
    }

    /** An assessment of the supplier at the body, with one MAJOR finding and its action; returns the assessment's id. */
    private UUID insertAction(String supplierId, String bodyId, int i) throws Exception {
        UUID assessment = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(i));
        try (Connection c = db.getConnection()) {
            AssessmentRows.inProgress(c, assessment, supplierId, bodyId, at);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into finding (id, assessment_id, severity, title, description, indicator_codes, raised_by, raised_at)
                    values (?, ?, 'MAJOR', 'Finding', 'Observed.', '{}', 'test', ?)""")) {
                ps.setObject(1, finding);
                ps.setObject(2, assessment);
                ps.setTimestamp(3, at);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into corrective_action (id, finding_id, assessment_id, supplier_id, severity, status, due_date, original_due_date, created_at, updated_at)
                    values (?, ?, ?, ?, 'MAJOR', 'OPEN', ?, ?, ?, ?)""")) {
                LocalDate due = LocalDate.of(2030, 1, 1).plusDays(i);
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, finding);
                ps.setObject(3, assessment);
                ps.setObject(4, UUID.fromString(supplierId));
                ps.setObject(5, due);
                ps.setObject(6, due);
                ps.setTimestamp(7, at);
                ps.setTimestamp(8, at);
                ps.executeUpdate();
            }
        }
        return assessment;
    }
}
