package org.assay.support;

import io.agroal.api.AgroalDataSource;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assessment facts written directly in SQL, for the portfolio overview tests: they must not depend on a published
 * framework with indicators (the starter framework is loaded by another branch). Respects the database's rules:
 * <ul>
 *   <li>the framework version these assessments use is inserted RETIRED (version 0.x, no indicators), so it never
 *   becomes the "current" published version other features look up;</li>
 *   <li>an assessment is inserted SUBMITTED, its findings and theme scores added, then it is published with one update
 *   (a published assessment and its findings are frozen by triggers);</li>
 *   <li>corrective actions, grants, portfolio entries, sites and supplier organisations are plain inserts.</li>
 * </ul>
 */
public final class PortfolioFacts {

    /** The one fixture framework version (inserted once per database). */
    public static final UUID VERSION = UUID.fromString("0f0f0f0f-0000-4000-8000-00000000f1c7");

    private final AgroalDataSource db;

    public PortfolioFacts(AgroalDataSource db) {
        this.db = db;
        exec("""
                insert into framework_version (id, name, major, minor, status, scoring_rules, created_at, published_at, published_by, retired_at)
                values (?, 'Portfolio test fixture (no indicators)', 0, 7331, 'RETIRED', '{"bands":{"AAA":85,"AA":75,"A":65,"BBB":55,"BB":45,"B":35},"essentialFloor":50,"essentialCap":"BB","openCriticalCap":"B"}'::jsonb, now(), now(), 'test', now())
                on conflict do nothing""", VERSION);
    }

    // ---- organisations and portfolio ----

    /** A supplier organisation (no people), with a unique registry number. */
    public UUID supplier(String name, String country) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into organisation (id, kind, name, country, national_registry_number, created_at, updated_at)
                values (?, 'SUPPLIER', ?, ?, ?, now(), now())""", id, name, country, "T-" + id);
        return id;
    }

    public UUID site(UUID supplier, String name, String country, List<String> minerals, boolean inCahra, boolean archived) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into supplier_site (id, supplier_id, name, kind, country, minerals, stage, in_cahra, created_at, updated_at, archived_at)
                values (?, ?, ?, 'MINE', ?, ?, 'EXTRACTION', ?, now(), now(), ?)""",
                id, supplier, name, country, minerals.toArray(String[]::new), inCahra, archived ? Timestamp.from(Instant.now()) : null);
        return id;
    }

    /** The supplier's public profile, listing these minerals (and no site). */
    public void profile(UUID supplier, List<String> minerals) {
        exec("""
                insert into supplier_profile (organisation_id, minerals, stages, updated_at, updated_by)
                values (?, ?, '{}', now(), 'test')""", supplier, minerals.toArray(String[]::new));
    }

    public UUID entry(UUID member, UUID supplier, String internalId, String category, String spendBand) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into portfolio_entry (id, member_id, supplier_id, internal_id, category, spend_band, added_at, added_by, updated_at)
                values (?, ?, ?, ?, ?, ?, now(), 'test', now())""", id, member, supplier, internalId, category, spendBand);
        return id;
    }

    // ---- sharing ----

    /** A live grant; {@code member} only for audience MEMBER; {@code validUntil} null for no end. */
    public UUID grant(UUID supplier, String audience, UUID member, String level, LocalDate validUntil) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into sharing_grant (id, supplier_id, audience, member_id, level, valid_until, created_at, created_by, updated_at)
                values (?, ?, ?, ?, ?, ?, now(), 'test', now())""", id, supplier, audience, member, level, validUntil == null ? null : Date.valueOf(validUntil));
        return id;
    }

    public void revoke(UUID grant) {
        exec("update sharing_grant set revoked_at = now(), updated_at = now() where id = ?", grant);
    }

    // ---- assessments ----

    /** An assessment under way (REQUESTED, no body yet). */
    public UUID openAssessment(UUID supplier, String method) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into assessment (id, supplier_id, scope_site_id, version_id, method, status, created_at)
                values (?, ?, '00000000-0000-0000-0000-000000000000', ?, ?, 'REQUESTED', now())""", id, supplier, VERSION, method);
        return id;
    }

    public Published published(UUID supplier) {
        return new Published(supplier);
    }

    /** A corrective action for finding {@code finding} of {@code a}. */
    public UUID action(Assessed a, int finding, String status, LocalDate due) {
        UUID id = UUID.randomUUID();
        exec("""
                insert into corrective_action (id, finding_id, assessment_id, supplier_id, severity, status, due_date, original_due_date, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, now(), now())""",
                id, a.findingIds().get(finding), a.assessmentId(), a.supplierId(), a.findingSeverities().get(finding), status,
                Date.valueOf(due), Date.valueOf(due));
        return id;
    }

    public void setActionStatus(UUID action, String status) {
        exec("update corrective_action set status = ?, updated_at = now() where id = ?", status, action);
    }

    /** A published assessment and its findings. */
    public record Assessed(UUID assessmentId, UUID supplierId, List<UUID> findingIds, List<String> findingSeverities) {
    }

    /** Builder of a published assessment. */
    public final class Published {
        private final UUID supplier;
        private UUID id = UUID.randomUUID();
        private UUID body;
        private String method = "DESK_REVIEW";
        private String rating = "A";
        private String ratingIfCriticalsClosed;
        private BigDecimal overall = new BigDecimal("70.00");
        private LocalDate validUntil = Today.today().plusYears(1);
        private Instant publishedAt = Instant.now().minus(1, ChronoUnit.DAYS);
        private List<String> essentialsBelowFloor = List.of();
        private final Map<String, BigDecimal> themes = new LinkedHashMap<>();
        private final List<String> findings = new ArrayList<>();

        private Published(UUID supplier) {
            this.supplier = supplier;
        }

        /** The assessment's id (random by default). */
        public Published id(UUID i) { this.id = i; return this; }
        /** The assessment body that assessed it (none by default). */
        public Published body(UUID b) { this.body = b; return this; }
        public Published method(String m) { this.method = m; return this; }
        public Published rating(String r) { this.rating = r; return this; }
        /** The rating once every critical action is verified (defaults to the rating). */
        public Published ratingIfCriticalsClosed(String r) { this.ratingIfCriticalsClosed = r; return this; }
        public Published overall(String o) { this.overall = new BigDecimal(o); return this; }
        public Published validUntil(LocalDate d) { this.validUntil = d; return this; }
        public Published publishedAt(Instant i) { this.publishedAt = i; return this; }
        /** Null: not recorded (published before essentials were recorded). */
        public Published essentialsBelowFloor(List<String> codes) { this.essentialsBelowFloor = codes; return this; }
        public Published theme(String code, String score) { themes.put(code, score == null ? null : new BigDecimal(score)); return this; }
        public Published finding(String severity) { findings.add(severity); return this; }

        public Assessed save() {
            exec("""
                    insert into assessment (id, supplier_id, scope_site_id, version_id, method, status, created_at, submitted_at, assessment_body_id)
                    values (?, ?, '00000000-0000-0000-0000-000000000000', ?, ?, 'SUBMITTED', ?, ?, ?)""",
                    id, supplier, VERSION, method, Timestamp.from(publishedAt.minus(10, ChronoUnit.DAYS)), Timestamp.from(publishedAt), body);
            List<UUID> findingIds = new ArrayList<>();
            for (String severity : findings) {
                UUID f = UUID.randomUUID();
                exec("""
                        insert into finding (id, assessment_id, severity, title, description, indicator_codes, raised_by, raised_at)
                        values (?, ?, ?, 'Finding', 'A finding for the test.', '{}', 'test', now())""", f, id, severity);
                findingIds.add(f);
            }
            for (Map.Entry<String, BigDecimal> t : themes.entrySet()) {
                exec("insert into assessment_theme_score (assessment_id, theme_code, weight, score, scored_count) values (?, ?, 1, ?, 3)",
                        id, t.getKey(), t.getValue());
            }
            exec("""
                    update assessment set status = 'PUBLISHED', published_at = ?, published_by = 'test', valid_from = ?, valid_until = ?,
                           overall_score = ?, rating = ?, band_rating = ?, rating_if_criticals_closed = ?, essential_codes_below_floor = ?
                     where id = ?""",
                    Timestamp.from(publishedAt), Date.valueOf(validUntil.minusYears(1)), Date.valueOf(validUntil), overall, rating, rating,
                    ratingIfCriticalsClosed == null ? rating : ratingIfCriticalsClosed,
                    essentialsBelowFloor == null ? null : essentialsBelowFloor.toArray(String[]::new), id);
            return new Assessed(id, supplier, findingIds, List.copyOf(findings));
        }
    }

    // ---- JDBC ----

    private void exec(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof String[] arr) {
                    Array a = c.createArrayOf("text", arr);
                    ps.setArray(i + 1, a);
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }
}
