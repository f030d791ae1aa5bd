package org.assay.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.assessment.ValidityPolicy;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.InvalidArgumentException;
import org.assay.platform.PageRequest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The member's portfolio overview: counts, the filtered and sorted list, and the rows of the CSV export. Filtering,
 * sorting and paging happen in SQL ({@link PortfolioQuery}); a page costs a constant number of statements whatever its
 * size: the requirement profile (1), JIT off for the transaction (1), the page (1), the theme scores of its assessments
 * (1) and the access records of the shared results it shows (1).
 */
@ApplicationScoped
public class PortfolioOverviewService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ValidityPolicy validity;

    @Inject
    RequirementProfiles profiles;

    /**
     * Whose portfolio, read when, against which requirement profile (null: none). Taken once per request; an export
     * reads all its chunks with the same scope.
     */
    public record Scope(UUID memberId, String subject, LocalDate today, Instant now, RequirementCheck.Criteria profile) {
    }

    /** A theme score of the latest published assessment, frozen at publication. */
    public record ThemeScoreValue(String code, BigDecimal weight, BigDecimal score, int scoredIndicatorCount) {
    }

    /** One row with its theme scores (empty when not shared or nothing published) and its requirement outcome (null: no profile). */
    public record Listed(PortfolioRow row, List<ThemeScoreValue> themeScores, RequirementCheck.Outcome requirements) {
    }

    /** A run of rows in order; {@code more} when rows follow {@code last}. */
    public record Chunk(List<Listed> rows, boolean more, PortfolioQuery.Keyset last) {
    }

    /** Open and overdue actions of one severity over the portfolio. */
    public record SeverityCounts(long suppliersWithOpen, long suppliersWithOverdue, long open, long overdue) {
    }

    /** The overview's counts; {@code byVerdict} is null when the member has no requirement profile. */
    public record Counts(LocalDate asOf, long suppliers, Map<PortfolioSupplierStatus, Long> byStatus, Map<Rating, Long> byCurrentRating,
                         long unrated, Map<Severity, SeverityCounts> actions, long suppliersWithOverdueActions,
                         Map<RequirementVerdict, Long> byVerdict) {
    }

    /** The caller's scope: its organisation, today's date and its requirement profile (one statement). */
    public Scope scope() {
        UUID member = caller.organisationId();
        return new Scope(member, caller.subject(), clock.today(), clock.now(), profiles.criteriaOf(member));
    }

    public Counts counts(Scope s, PortfolioCriteria c) {
        PortfolioQuery.Context ctx = context(s, c);
        PortfolioQuery.Sql sql = PortfolioQuery.counts(ctx, c);
        noJit();
        Object[] r = (Object[]) bind(em.createNativeQuery(sql.text()), sql.params()).getSingleResult();
        List<String> names = PortfolioQuery.countColumns(ctx);
        Map<String, Long> v = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            v.put(names.get(i), r[i] == null ? 0L : ((Number) r[i]).longValue());
        }
        Map<PortfolioSupplierStatus, Long> byStatus = new EnumMap<>(PortfolioSupplierStatus.class);
        for (PortfolioSupplierStatus st : PortfolioSupplierStatus.values()) byStatus.put(st, v.get("status_" + st));
        Map<Rating, Long> byRating = new EnumMap<>(Rating.class);
        for (Rating rt : Rating.values()) byRating.put(rt, v.get("rating_" + rt));
        Map<Severity, SeverityCounts> actions = new EnumMap<>(Severity.class);
        for (Severity sv : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR)) {
            String k = sv.name().toLowerCase(java.util.Locale.ROOT);
            actions.put(sv, new SeverityCounts(v.get("with_open_" + k), v.get("with_overdue_" + k), v.get("open_" + k), v.get("overdue_" + k)));
        }
        Map<RequirementVerdict, Long> byVerdict = null;
        if (s.profile() != null) {
            byVerdict = new EnumMap<>(RequirementVerdict.class);
            for (RequirementVerdict vd : RequirementVerdict.values()) byVerdict.put(vd, v.get("verdict_" + vd));
        }
        return new Counts(s.today(), v.get("total"), byStatus, byRating, v.get("unrated"), actions, v.get("with_overdue"), byVerdict);
    }

    /**
     * Up to {@code size} rows in {@code sort} order after {@code after} (null: from the start), with their theme scores and
     * requirement outcomes. Reading them is recorded for the suppliers (a SUMMARY read of each shown published assessment).
     */
    public Chunk rows(Scope s, PortfolioCriteria c, PortfolioSort sort, PortfolioQuery.Keyset after, int size) {
        PortfolioQuery.Sql sql = PortfolioQuery.page(context(s, c), c, sort, after, size + 1);
        noJit();
        @SuppressWarnings("unchecked")
        List<Object[]> fetched = bind(em.createNativeQuery(sql.text()), sql.params()).getResultList();
        boolean more = fetched.size() > size;
        List<PortfolioRow> rows = new ArrayList<>(Math.min(size, fetched.size()));
        for (int i = 0; i < Math.min(size, fetched.size()); i++) {
            rows.add(PortfolioRow.of(fetched.get(i)));
        }
        return new Chunk(listed(s, rows), more, rows.isEmpty() ? after : rows.get(rows.size() - 1).keyset());
    }

    /** The rows with their theme scores and requirement outcomes; their reads recorded (two statements). */
    private List<Listed> listed(Scope s, List<PortfolioRow> rows) {
        List<UUID> assessments = rows.stream().filter(PortfolioRow::shared).map(PortfolioRow::assessmentId)
                .filter(java.util.Objects::nonNull).toList();
        Map<UUID, List<ThemeScoreValue>> themes = themeScores(assessments);
        recordReads(s, rows);
        List<Listed> listed = new ArrayList<>(rows.size());
        for (PortfolioRow row : rows) {
            RequirementCheck.Outcome outcome = s.profile() == null ? null : RequirementCheck.evaluate(s.profile(), row.facts(), s.today());
            listed.add(new Listed(row, row.assessmentId() == null ? List.of() : themes.getOrDefault(row.assessmentId(), List.of()), outcome));
        }
        return listed;
    }

    /**
     * The rows of these entries of the caller's portfolio (others' entries and unknown ids left out), as {@link #rows}
     * shows them (reads recorded alike): for {@code node(id:)} of a {@code PortfolioSupplier}. Five statements at most.
     */
    public List<Listed> entries(Scope s, java.util.Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        PortfolioQuery.Context ctx = new PortfolioQuery.Context(s.memberId(), s.today(), validity.expiringWithinDays(), s.profile(), List.copyOf(entryIds));
        PortfolioQuery.Sql sql = PortfolioQuery.page(ctx, PortfolioCriteria.NONE, PortfolioSort.NAME, null, entryIds.size());
        noJit();
        @SuppressWarnings("unchecked")
        List<Object[]> fetched = bind(em.createNativeQuery(sql.text()), sql.params()).getResultList();
        return listed(s, fetched.stream().map(PortfolioRow::of).toList());
    }

    // ---- cursors: the sort, then the keyset of the last row ----

    public static String cursorOf(PortfolioSort sort, PortfolioQuery.Keyset k) {
        return PageRequest.encode(sort.name(), Long.toString(k.sortKey()), k.lname(), k.supplierId().toString());
    }

    public static PortfolioQuery.Keyset keysetOf(PortfolioSort sort, PageRequest page) {
        if (!page.hasCursor()) {
            return null;
        }
        if (!sort.name().equals(page.text(0))) {
            throw new InvalidArgumentException("this cursor belongs to another sort order; start again without `after`");
        }
        return new PortfolioQuery.Keyset(page.longValue(1), page.text(2), page.uuid(3));
    }

    // ---- internals ----

    private PortfolioQuery.Context context(Scope s, PortfolioCriteria c) {
        if (c.requirementVerdict() != null && s.profile() == null) {
            throw new InvalidArgumentException("requirementVerdict filters need a requirement profile; create one with createRequirementProfile");
        }
        return new PortfolioQuery.Context(s.memberId(), s.today(), validity.expiringWithinDays(), s.profile());
    }

    /**
     * Turns PostgreSQL's JIT compilation off for the rest of the transaction. The portfolio query is estimated costly
     * (it reads every entry) but each row is cheap: compiling its expressions took longer than running it (measured on
     * 20,000 entries: counts 740 ms with JIT, 280 ms without). Local to the transaction; other queries keep the server's
     * setting.
     */
    private void noJit() {
        em.createNativeQuery("select set_config('jit', 'off', true)").getSingleResult();
    }

    private Map<UUID, List<ThemeScoreValue>> themeScores(List<UUID> assessmentIds) {
        Map<UUID, List<ThemeScoreValue>> result = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select assessment_id, theme_code, weight, score, scored_count
                          from assessment_theme_score where assessment_id = any(:ids) order by assessment_id, theme_code""")
                .setParameter("ids", assessmentIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            result.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new ThemeScoreValue((String) r[1], (BigDecimal) r[2], (BigDecimal) r[3], ((Number) r[4]).intValue()));
        }
        return result;
    }

    /** Every read of shared results is recorded for the supplier: one SUMMARY access record per shown published assessment. */
    private void recordReads(Scope s, List<PortfolioRow> rows) {
        List<PortfolioRow> read = rows.stream().filter(r -> r.shared() && r.assessmentId() != null).toList();
        if (read.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into access_record (id, member_id, subject, supplier_id, assessment_id, level, read_at)
                        select gen_random_uuid(), :member, :subject, x.supplier_id, x.assessment_id, 'SUMMARY', :now
                          from unnest(:suppliers, :assessments) as x (supplier_id, assessment_id)""")
                .setParameter("member", s.memberId()).setParameter("subject", s.subject()).setParameter("now", s.now())
                .setParameter("suppliers", read.stream().map(PortfolioRow::supplierId).toArray(UUID[]::new))
                .setParameter("assessments", read.stream().map(PortfolioRow::assessmentId).toArray(UUID[]::new))
                .executeUpdate();
    }

    private static Query bind(Query q, Map<String, Object> params) {
        params.forEach(q::setParameter);
        return q;
    }
}
