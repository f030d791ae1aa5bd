package org.assay.overview;

import java.util.List;

/** RFC 4180 CSV fields and records. Plain code, unit-tested. */
public final class Csv {

    /** Byte order mark: spreadsheet programs (Excel) read the file as UTF-8 only with it. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /**
     * One field: as is, or quoted with inner quotes doubled when it holds a comma, a quote, a carriage return or a line
     * feed (or starts or ends with a space, which some readers would trim). Null is the empty field.
     */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0
                || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Free text typed by people (names, tags), defused against spreadsheet formula injection (OWASP "CSV injection"):
     * text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets
     * show as text and do not evaluate.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }

    /** One record: fields separated by commas, ended by CRLF. */
    public static String record(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.append(',');
            line.append(field(values.get(i)));
        }
        return line.append("\r\n").toString();
    }
}
