package org.assay.platform;

import java.util.ArrayList;
import java.util.List;

/** Turns a field path as services write it ({@code input.rows.3.supplierId}, {@code themes[0].weight}) into its segments. */
public final class FieldPath {
    private FieldPath() {
    }

    /** The segments of {@code path}: split at dots, a bracketed index becomes a segment of its own; null stays null. */
    public static List<String> segments(String path) {
        if (path == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                if (!part.isEmpty()) segments.add(part);
                continue;
            }
            if (bracket > 0) segments.add(part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    segments.add(part.substring(bracket));
                    break;
                }
                segments.add(part.substring(bracket + 1, close));
                bracket = part.indexOf('[', close);
            }
        }
        return List.copyOf(segments);
    }
}
