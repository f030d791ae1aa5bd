package org.assay.framework.document;

import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The indicators of a version as CSV (RFC 4180): comma-separated, CRLF line ends, a header row, and a field quoted
 * (with inner quotes doubled) when it holds a comma, quote, line break or leading/trailing blank. UTF-8, so Chinese
 * titles come through as they are. Lists inside a cell: stages and minerals separated by {@code ;}, references one
 * per line as {@code STANDARD: clause}.
 */
public final class IndicatorCsv {

    public static final List<String> HEADER = List.of("version", "theme", "topic", "aspect", "code", "title_en", "title_zh",
            "guidance_en", "guidance_zh", "answer_type", "unit", "threshold_direction", "threshold_1", "threshold_2",
            "threshold_3", "threshold_4", "classification", "weight", "risk_type", "stages", "minerals", "cahra_only",
            "references", "title_fr", "guidance_fr", "title_es", "guidance_es", "title_pt", "guidance_pt", "title_id", "guidance_id");

    private IndicatorCsv() {
    }

    public static String write(String version, List<FrameworkDocument.Located> indicators) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (FrameworkDocument.Located l : indicators) {
            IndicatorSpec i = l.indicator();
            List<String> cells = new ArrayList<>();
            cells.add(version);
            cells.add(l.themeCode());
            cells.add(l.topicCode());
            cells.add(l.aspectCode());
            cells.add(i.code());
            cells.add(i.titleEn());
            cells.add(i.titleZh());
            cells.add(i.guidanceEn());
            cells.add(i.guidanceZh());
            cells.add(i.answerType().name());
            cells.add(i.unit());
            cells.add(i.thresholds() == null ? null : i.thresholds().direction().name());
            for (int k = 0; k < 4; k++) {
                cells.add(i.thresholds() == null ? null : decimal(i.thresholds().values().get(k)));
            }
            cells.add(i.classification().name());
            cells.add(decimal(i.weight()));
            cells.add(Integer.toString(i.riskType()));
            cells.add(i.stages().stream().map(SupplyChainStage::name).collect(Collectors.joining(";")));
            cells.add(i.minerals().stream().map(Mineral::name).collect(Collectors.joining(";")));
            cells.add(Boolean.toString(i.cahraOnly()));
            cells.add(i.references().stream().map(r -> r.standard().name() + ": " + r.clause()).collect(Collectors.joining("\n")));
            for (org.assay.framework.Language lang : org.assay.framework.Language.ADDED) {
                cells.add(i.title(lang));
                cells.add(i.guidance(lang));
            }
            row(out, cells);
        }
        return out.toString();
    }

    static void row(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) out.append(',');
            out.append(escape(cells.get(c)));
        }
        out.append("\r\n");
    }

    /** RFC 4180 escaping of one field; null is an empty field. */
    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String decimal(BigDecimal d) {
        return d == null ? null : ScoringRulesJson.plain(d).toPlainString();
    }
}
