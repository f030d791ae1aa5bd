package org.assay.overview;

import org.assay.framework.AssessmentMethod;
import org.assay.platform.PrefixPattern;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.assessment.CurrentPublication;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL of the portfolio overview, list and export: one statement that filters, sorts and pages a member's whole
 * portfolio in the database. Per portfolio entry it reads, with index probes (V62 indexes):
 * <ul>
 *   <li>{@code sh}: the member's best live grant for the supplier (its own MEMBER grant, ALL_MEMBERS or PUBLIC; not
 *   revoked; end date today or later) — the same rule as {@code Sharing.bestLevels};</li>
 *   <li>{@code la}: the supplier's latest published assessment and its current rating (rating with the critical cap
 *   lifted once every critical action of that assessment is verified) — as {@code SupplierStatusRule} and
 *   {@code ActionStatusSummaries};</li>
 *   <li>{@code ac}: the supplier's unverified corrective actions by severity, and the overdue ones (due before today).</li>
 * </ul>
 * {@code la} and {@code ac} are only read when the supplier is shared with the member ({@code sh.level_rank is not
 * null}, a one-time filter): a NOT_SHARED supplier contributes nothing else. When neither the filters nor the order
 * need shared results (order by name, filters on the entry and supplier only), the page is cut before those lookups,
 * so they run for the rows of the page only.
 *
 * <p>Dates are parameters from {@code Clock.today()}; enum values are inlined from the Java enums, never from input.
 */
final class PortfolioQuery {

    static final String RATINGS = sqlArray(Rating.values());
    static final String METHODS = sqlArray(AssessmentMethod.values());
    /** Sort key of rows without the sorted value: after every real key. */
    static final long LAST = 2_000_000_000L;
    private static final List<Severity> ACTION_SEVERITIES = List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR);

    private PortfolioQuery() {
    }

    /** Who asks, and when. {@code profile} is null when the member has no requirement profile. */
    record Context(UUID member, LocalDate today, int expiringWithinDays, RequirementCheck.Criteria profile, java.util.Collection<UUID> entries) {
        /** The whole portfolio ({@code entries} null), or only these entries of it. */
        Context(UUID member, LocalDate today, int expiringWithinDays, RequirementCheck.Criteria profile) {
            this(member, today, expiringWithinDays, profile, null);
        }
    }

    /** Keyset position: the page starts after this row. */
    record Keyset(long sortKey, String lname, UUID supplierId) {
    }

    record Sql(String text, Map<String, Object> params) {
    }

    /** Columns of {@link #page}, in this order. */
    static final List<String> COLUMNS = List.of("entry_id", "supplier_id", "name", "lname", "country", "internal_id", "category",
            "spend_band", "level_rank", "assessment_id", "published_rating", "current_rating", "overall_score", "valid_until",
            "method", "essentials_below", "open_critical", "open_major", "open_minor", "overdue_critical", "overdue_major",
            "overdue_minor", "status", "sk");

    /** One page (at most {@code limit} rows) in {@code sort} order, after {@code after} (null: from the start). */
    static Sql page(Context ctx, PortfolioCriteria c, PortfolioSort sort, Keyset after, int limit) {
        Map<String, Object> p = new HashMap<>();
        boolean cutFirst = sort == PortfolioSort.NAME && !c.readsResults();
        StringBuilder cut = new StringBuilder();
        if (after != null) {
            p.put("after_sk", after.sortKey());
            p.put("after_name", after.lname());
            p.put("after_id", after.supplierId());
        }
        if (cutFirst) {
            if (after != null) cut.append("\n   and (e.supplier_lname, e.supplier_id) > (:after_name, :after_id)");
            cut.append("\n order by e.member_id, e.supplier_lname, e.supplier_id\n limit :limit");
        }
        String rows = rows(ctx, c, p, cut.toString());
        StringBuilder sql = new StringBuilder("select ")
                .append(COLUMNS.stream().map(col -> "r." + col).collect(Collectors.joining(", ")))
                .append("\n  from (select q.*, ").append(sortKey(sort, "q")).append(" as sk");
        if (c.requirementVerdict() != null) {
            sql.append(", ").append(RequirementCheck.verdictSql(ctx.profile(), "q", ctx.today(), p)).append(" as verdict");
        }
        sql.append("\n          from (").append(rows).append(") q) r\n where true");
        resultFilters(ctx, c, p, sql);
        if (after != null) sql.append("\n   and (r.sk, r.lname, r.supplier_id) > (:after_sk, :after_name, :after_id)");
        sql.append("\n order by r.sk, r.lname, r.supplier_id\n limit :limit");
        p.put("limit", limit);
        return new Sql(sql.toString(), p);
    }

    /** Names of the {@link #counts} columns, in order. */
    static List<String> countColumns(Context ctx) {
        return List.copyOf(countExpressions(ctx, new HashMap<>()).keySet());
    }

    /** Counts over the whole (filtered) portfolio, one row; columns named by {@link #countColumns}. */
    static Sql counts(Context ctx, PortfolioCriteria c) {
        Map<String, Object> p = new HashMap<>();
        String rows = rows(ctx, c, p, "");
        Map<String, String> exprs = countExpressions(ctx, p);
        StringBuilder sql = new StringBuilder("select ")
                .append(exprs.values().stream().collect(Collectors.joining(",\n       ")))
                .append("\n  from (select q.*");
        if (ctx.profile() != null) {
            sql.append(", ").append(RequirementCheck.verdictSql(ctx.profile(), "q", ctx.today(), p)).append(" as verdict");
        }
        sql.append("\n          from (").append(rows).append(") q) r\n where true");
        resultFilters(ctx, c, p, sql);
        return new Sql(sql.toString(), p);
    }

    private static Map<String, String> countExpressions(Context ctx, Map<String, Object> p) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("total", "count(*)");
        for (PortfolioSupplierStatus s : PortfolioSupplierStatus.values()) {
            e.put("status_" + s, "count(*) filter (where r.status = '" + s + "')");
        }
        for (Rating rating : Rating.values()) {
            e.put("rating_" + rating, "count(*) filter (where r.current_rating = '" + rating + "')");
        }
        e.put("unrated", "count(*) filter (where r.level_rank is not null and r.assessment_id is null)");
        for (Severity s : ACTION_SEVERITIES) {
            String col = s.name().toLowerCase(Locale.ROOT);
            e.put("with_open_" + col, "count(*) filter (where r.open_" + col + " > 0)");
            e.put("with_overdue_" + col, "count(*) filter (where r.overdue_" + col + " > 0)");
            e.put("open_" + col, "coalesce(sum(r.open_" + col + "), 0)");
            e.put("overdue_" + col, "coalesce(sum(r.overdue_" + col + "), 0)");
        }
        e.put("with_overdue", "count(*) filter (where r.overdue_critical + r.overdue_major + r.overdue_minor > 0)");
        if (ctx.profile() != null) {
            for (RequirementVerdict v : RequirementVerdict.values()) {
                e.put("verdict_" + v, "count(*) filter (where r.verdict = '" + v + "')");
            }
        }
        return e;
    }

    /** The portfolio entries with their supplier, grant, latest published assessment and action counts. */
    private static String rows(Context ctx, PortfolioCriteria c, Map<String, Object> p, String cut) {
        p.put("member", ctx.member());
        p.put("today", ctx.today());
        p.put("expiring_until", ctx.today().plusDays(ctx.expiringWithinDays()));
        StringBuilder base = new StringBuilder("""
                select e.id as entry_id, e.supplier_id, o.name, e.supplier_lname as lname, o.country, e.internal_id, e.category, e.spend_band
                  from portfolio_entry e
                  join organisation o on o.id = e.supplier_id
                 where e.member_id = :member""");
        if (ctx.entries() != null) {
            base.append("\n   and e.id = any(:entries)");
            p.put("entries", ctx.entries().toArray(UUID[]::new));
        }
        String site = "exists (select 1 from supplier_site s where s.supplier_id = e.supplier_id and s.archived_at is null and ";
        if (c.namePrefix() != null) {
            base.append("\n   and lower(o.name) like :name_prefix");
            p.put("name_prefix", PrefixPattern.of(c.namePrefix().toLowerCase(Locale.ROOT)));
        }
        if (c.country() != null) {
            base.append("\n   and (o.country = :country or ").append(site).append("s.country = :country))");
            p.put("country", c.country());
        }
        if (c.mineral() != null) {
            // the same meaning as portfolio's filter (PortfolioService): the profile lists it or an active site handles it
            base.append("\n   and (exists (select 1 from supplier_profile sp where sp.organisation_id = e.supplier_id")
                    .append(" and cast(:mineral as text) = any(sp.minerals)) or ").append(site).append("cast(:mineral as text) = any(s.minerals)))");
            p.put("mineral", c.mineral().name());
        }
        if (c.inCahra() != null) {
            // derived from the CAHRA list in force (issue 15; the rule lives in the database functions of migration V160)
            base.append("\n   and ").append(c.inCahra() ? "" : "not ").append(site)
                    .append("cahra_listed(cahra_list_in_force(cast(:today as date)), s.country, s.region, s.in_cahra))");
        }
        if (c.category() != null) {
            base.append("\n   and lower(e.category) = :category");
            p.put("category", c.category().toLowerCase(Locale.ROOT));
        }
        if (c.spendBand() != null) {
            base.append("\n   and e.spend_band = :spend_band");
            p.put("spend_band", c.spendBand().name());
        }
        if (c.internalId() != null) {
            base.append("\n   and e.internal_id = :internal_id");
            p.put("internal_id", c.internalId());
        }
        base.append(cut);
        String counts = ACTION_SEVERITIES.stream().map(s -> {
            String col = s.name().toLowerCase(Locale.ROOT);
            return "count(*) filter (where x.severity = '" + s + "') as open_" + col
                    + ", count(*) filter (where x.severity = '" + s + "' and x.due_date < :today) as overdue_" + col;
        }).collect(Collectors.joining(",\n                   "));
        return """
                select b.*, sh.level_rank,
                       la.id as assessment_id, la.rating as published_rating, la.current_rating, la.overall_score, la.valid_until,
                       la.method, la.essentials_below,
                       array_position(%1$s, la.current_rating) as current_rank,
                       array_position(%2$s, la.method) as method_rank,
                       ac.open_critical, ac.open_major, ac.open_minor, ac.overdue_critical, ac.overdue_major, ac.overdue_minor,
                       case when sh.level_rank is null then 'NOT_SHARED'
                            when la.id is null then
                                 case when exists (select 1 from assessment o2 where o2.supplier_id = b.supplier_id
                                                      and o2.status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED'))
                                      then 'IN_PROGRESS' else 'NOT_ASSESSED' end
                            when la.valid_until < :today then 'EXPIRED'
                            when la.valid_until <= :expiring_until then 'EXPIRING'
                            else 'RATED' end as status
                  from (%3$s) b
                  left join lateral (
                        select max(case g.level when 'FULL' then 2 else 1 end) as level_rank
                          from sharing_grant g
                         where g.supplier_id = b.supplier_id and g.revoked_at is null
                           and (g.valid_until is null or g.valid_until >= :today)
                           and (g.audience in ('ALL_MEMBERS', 'PUBLIC') or (g.audience = 'MEMBER' and g.member_id = :member))
                  ) sh on true
                  left join lateral (
                        select a.id, a.rating, a.overall_score, a.valid_until, a.method,
                               array_to_string(a.essential_codes_below_floor, ',') as essentials_below,
                               case when a.rating_if_criticals_closed is not null
                                     and exists (select 1 from finding f where f.assessment_id = a.id and f.severity = 'CRITICAL')
                                     and not exists (select 1 from corrective_action y where y.assessment_id = a.id and y.finding_id is not null
                                                        and y.severity = 'CRITICAL' and y.status not in ('VERIFIED', 'WITHDRAWN'))
                                    then a.rating_if_criticals_closed else a.rating end as current_rating
                          from assessment a
                         where a.supplier_id = b.supplier_id and a.status = 'PUBLISHED' and sh.level_rank is not null
                         order by %5$s
                         limit 1
                  ) la on true
                  left join lateral (
                        select %4$s
                          from corrective_action x
                         where x.supplier_id = b.supplier_id and x.status not in ('VERIFIED', 'WITHDRAWN') and sh.level_rank is not null
                  ) ac on true""".formatted(RATINGS, METHODS, base, counts, CurrentPublication.sqlOrder("a"));
    }

    /** Filters on shared results; they never match a NOT_SHARED row (its result columns are null or zero). */
    private static void resultFilters(Context ctx, PortfolioCriteria c, Map<String, Object> p, StringBuilder sql) {
        if (!c.statuses().isEmpty()) {
            sql.append("\n   and r.status in (:statuses)");
            p.put("statuses", c.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (c.ratingAtOrBelow() != null) {
            sql.append("\n   and r.current_rank >= :below_rank");
            p.put("below_rank", c.ratingAtOrBelow().ordinal() + 1);
        }
        if (c.expiringWithinDays() != null) {
            sql.append("\n   and r.valid_until >= :today and r.valid_until <= :expiring_filter_until");
            p.put("expiring_filter_until", ctx.today().plusDays(c.expiringWithinDays()));
        }
        if (c.hasOverdueCriticalActions() != null) {
            sql.append(c.hasOverdueCriticalActions() ? "\n   and r.overdue_critical > 0"
                    : "\n   and r.level_rank is not null and r.overdue_critical = 0");
        }
        if (c.requirementVerdict() != null) {
            sql.append("\n   and r.verdict = :verdict");
            p.put("verdict", c.requirementVerdict().name());
        }
    }

    /** The first key of the order, ascending; {@link #LAST} for rows without the sorted value. */
    static String sortKey(PortfolioSort sort, String a) {
        return switch (sort) {
            case NAME -> "cast(0 as bigint)";
            case RATING_BEST_FIRST -> "cast(coalesce(" + a + ".current_rank, " + LAST + ") as bigint)";
            case RATING_WORST_FIRST -> "cast(coalesce(100 - " + a + ".current_rank, " + LAST + ") as bigint)";
            case VALID_UNTIL_SOONEST_FIRST -> "coalesce(cast(" + a + ".valid_until - date '2000-01-01' as bigint), " + LAST + ")";
            case VALID_UNTIL_LATEST_FIRST -> "coalesce(cast(date '2000-01-01' - " + a + ".valid_until as bigint), " + LAST + ")";
            case OVERDUE_MOST_FIRST -> "case when " + a + ".level_rank is null then " + LAST + " else -cast(" + a + ".overdue_critical + "
                    + a + ".overdue_major + " + a + ".overdue_minor as bigint) end";
        };
    }

    private static String sqlArray(Enum<?>[] values) {
        return "array[" + Arrays.stream(values).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ")) + "]";
    }
}
