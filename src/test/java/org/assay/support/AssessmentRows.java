package org.assay.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Assessment rows written straight to the database, for tests that need many of them (statement counts for a page of
 * 50) faster than the API would create them. One home for the row's shape, so a new column changes one place.
 */
public final class AssessmentRows {

    private AssessmentRows() {
    }

    /** A desk review of one site of the supplier, IN_PROGRESS at the body since {@code at}, on the oldest non-draft framework version. */
    public static void inProgress(Connection c, UUID id, String supplierId, String bodyId, Timestamp at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into assessment (id, supplier_id, scope_site_id, version_id, method, status, assessment_body_id, created_at, assigned_at)
                values (?, ?, ?, (select id from framework_version where status <> 'DRAFT' order by created_at limit 1), 'DESK_REVIEW', 'IN_PROGRESS', ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setObject(2, UUID.fromString(supplierId));
            ps.setObject(3, UUID.randomUUID());
            ps.setObject(4, UUID.fromString(bodyId));
            ps.setTimestamp(5, at);
            ps.setTimestamp(6, at);
            ps.executeUpdate();
        }
    }
}
