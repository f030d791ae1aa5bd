package org.assay.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of the portfolio export: the fields of {@code portfolioSuppliers}, one supplier per record, NOT_SHARED
 * suppliers with empty result columns. Theme scores are one column ({@code CODE=score; …}) because themes depend on
 * the framework version; requirement reasons one column ({@code CODE: message | …}).
 */
public final class PortfolioCsv {

    public static final List<String> HEADER = List.of("supplier_id", "supplier_name", "supplier_country", "entry_id", "internal_id",
            "category", "spend_band", "access", "status", "current_rating", "published_rating", "overall_score", "theme_scores",
            "valid_until", "method", "assessment_id", "open_critical", "open_major", "open_minor", "overdue_critical", "overdue_major",
            "overdue_minor", "overdue_total", "requirement_verdict", "requirement_reasons");

    private PortfolioCsv() {
    }

    public static List<String> values(PortfolioOverviewService.Listed l) {
        PortfolioRow r = l.row();
        PortfolioRow.ActionTally a = r.actions();
        List<String> v = new ArrayList<>(HEADER.size());
        v.add(r.supplierId().toString());
        v.add(Csv.text(r.name()));
        v.add(r.country());
        v.add(r.entryId().toString());
        v.add(Csv.text(r.internalId()));
        v.add(Csv.text(r.category()));
        v.add(str(r.spendBand()));
        v.add(r.access().name());
        v.add(r.status().name());
        v.add(str(r.currentRating()));
        v.add(str(r.publishedRating()));
        v.add(r.overallScore() == null ? null : r.overallScore().toPlainString());
        v.add(l.themeScores().stream().map(t -> t.code() + "=" + plain(t.score())).collect(Collectors.joining("; ")));
        v.add(str(r.validUntil()));
        v.add(str(r.method()));
        v.add(str(r.assessmentId()));
        v.add(a == null ? null : Integer.toString(a.openCritical()));
        v.add(a == null ? null : Integer.toString(a.openMajor()));
        v.add(a == null ? null : Integer.toString(a.openMinor()));
        v.add(a == null ? null : Integer.toString(a.overdueCritical()));
        v.add(a == null ? null : Integer.toString(a.overdueMajor()));
        v.add(a == null ? null : Integer.toString(a.overdueMinor()));
        v.add(a == null ? null : Integer.toString(a.overdueTotal()));
        v.add(l.requirements() == null ? null : l.requirements().verdict().name());
        v.add(l.requirements() == null ? null : l.requirements().reasons().stream()
                .map(x -> x.code() + ": " + x.message()).collect(Collectors.joining(" | ")));
        return v;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "n/a" : d.toPlainString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
