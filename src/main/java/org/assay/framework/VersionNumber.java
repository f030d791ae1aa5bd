package org.assay.framework;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A framework version number, major.minor. Publishing a draft bumps the major number when the set of essential
 * indicators changes (an essential indicator added, retired, or reclassified either way), the minor one otherwise.
 */
public record VersionNumber(int major, int minor) implements Comparable<VersionNumber> {

    private static final Pattern FORMAT = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

    public VersionNumber {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version numbers are not negative");
        }
    }

    /** Parses "1.0"; null when malformed. */
    public static VersionNumber parse(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(s.strip());
        return m.matches() ? new VersionNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** The number of the version published after this one. */
    public VersionNumber next(boolean essentialSetChanged) {
        return essentialSetChanged ? new VersionNumber(major + 1, 0) : new VersionNumber(major, minor + 1);
    }

    @Override
    public int compareTo(VersionNumber o) {
        return Comparator.comparingInt(VersionNumber::major).thenComparingInt(VersionNumber::minor).compare(this, o);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
