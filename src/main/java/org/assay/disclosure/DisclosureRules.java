package org.assay.disclosure;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The public address names of disclosures (plain code, unit-tested). */
public final class DisclosureRules {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private DisclosureRules() {
    }

    public static boolean validSlug(String s) {
        return s != null && s.length() >= 3 && s.length() <= 80 && SLUG.matcher(s).matches();
    }

    /** An address name from an organisation's name: accents dropped, lower case, other characters as single hyphens. */
    public static String slugOf(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-+$", "");
        return s.length() < 3 ? (s + "-supplier").replaceAll("^-+", "") : s;
    }
}
