package org.assay.platform;

/**
 * A "starts with" text filter as a SQL {@code LIKE} pattern: the prefix's {@code %}, {@code _} and {@code \} are matched
 * literally. The pattern and its escape clause belong together: HQL has no default escape character, so every HQL
 * {@code like} with such a pattern appends {@link #ESCAPE} (native PostgreSQL already escapes with backslash).
 */
public final class PrefixPattern {

    /** The escape clause to write after {@code like :param} in HQL. */
    public static final String ESCAPE = " escape '\\'";

    private PrefixPattern() {
    }

    /** The pattern matching every text that starts with {@code prefix}. */
    public static String of(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
