package org.assay.cahra;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assay.organisation.Identifiers;
import org.assay.platform.Validation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CSV a CAHRA list is imported from (plain code, unit-tested): a header {@code country,region}, then one row per
 * entry — an ISO 3166-1 alpha-2 country and, optionally, a region of it (empty: the whole country). Read with Apache
 * Commons CSV (RFC 4180); every problem is reported per row, as {@code input.csv.<row>.<column>} (rows counted from 1
 * after the header).
 */
public final class CahraCsv {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_REGION = 200;

    /** One entry: the country, upper case; the region as written (trimmed), null for the whole country. */
    public record Entry(String country, String region) {
    }

    private CahraCsv() {
    }

    /** The entries, or every problem added to {@code v} (then the list is not to be used). */
    public static List<Entry> read(String csv, Validation v) {
        List<Entry> entries = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            v.add("input.csv", CahraErrorCode.REQUIRED, "the CSV is empty: give a header `country,region` and one row per area");
            return entries;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("country") || header.stream().anyMatch(h -> !h.equals("country") && !h.equals("region"))) {
                v.add("input.csv", CahraErrorCode.INVALID_CSV, "the header must be `country,region` (region optional), not " + header);
                return entries;
            }
            Set<String> seen = new HashSet<>();
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                if (row > MAX_ROWS) {
                    v.add("input.csv", CahraErrorCode.TOO_MANY_ROWS, "at most " + MAX_ROWS + " rows per list");
                    break;
                }
                String at = "input.csv." + row;
                String country = value(r, "country");
                String region = value(r, "region");
                boolean ok = true;
                if (country == null) {
                    v.add(at + ".country", CahraErrorCode.REQUIRED, "row " + row + ": the country is missing");
                    ok = false;
                } else {
                    country = country.toUpperCase(Locale.ROOT);
                    if (!Identifiers.isValidCountry(country)) {
                        v.add(at + ".country", CahraErrorCode.INVALID_COUNTRY, "row " + row + ": \"" + country
                                + "\" is not an ISO 3166-1 alpha-2 code such as CD");
                        ok = false;
                    }
                }
                if (region != null && region.length() > MAX_REGION) {
                    v.add(at + ".region", CahraErrorCode.TOO_LONG, "row " + row + ": a region has at most " + MAX_REGION + " characters");
                    ok = false;
                }
                if (ok && !seen.add(country + "|" + (region == null ? "" : region.toLowerCase(Locale.ROOT)))) {
                    v.add(at, CahraErrorCode.DUPLICATE_ENTRY, "row " + row + ": " + country + (region == null ? "" : " / " + region)
                            + " is listed twice");
                    ok = false;
                }
                if (ok) {
                    entries.add(new Entry(country, region));
                }
            }
            if (row == 0) {
                v.add("input.csv", CahraErrorCode.REQUIRED, "the list has no rows");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Commons CSV reports malformed input (an unclosed quote, a duplicate header) this way
            v.add("input.csv", CahraErrorCode.INVALID_CSV, "the CSV cannot be read: " + e.getMessage());
        }
        return entries;
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String s = r.get(column).strip();
        return s.isEmpty() ? null : s;
    }
}
