package org.assay.organisation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Format rules for organisation identifiers and country codes (plain code, unit-tested). */
public final class Identifiers {

    private static final Pattern LEI = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
    private static final Pattern DUNS = Pattern.compile("[0-9]{9}");
    private static final Pattern REGISTRY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,63}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Identifiers() {
    }

    /** ISO 17442 LEI: 20 characters, last two are ISO 7064 MOD 97-10 check digits. */
    public static boolean isValidLei(String lei) {
        if (lei == null || !LEI.matcher(lei).matches()) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : lei.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** D-U-N-S: nine digits (dashes allowed on input, stripped by {@link #normaliseDuns}). */
    public static boolean isValidDuns(String duns) {
        return duns != null && DUNS.matcher(duns).matches();
    }

    public static String normaliseDuns(String duns) {
        return duns == null ? null : duns.replace("-", "").trim();
    }

    public static String normaliseLei(String lei) {
        return lei == null ? null : lei.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isValidRegistryNumber(String number) {
        return number != null && REGISTRY.matcher(number).matches();
    }

    /** ISO 3166-1 alpha-2, upper case. */
    public static boolean isValidCountry(String country) {
        return country != null && COUNTRIES.contains(country);
    }
}
