package org.assay.support;

import java.math.BigInteger;

/** Builds LEIs with valid ISO 7064 MOD 97-10 check digits for tests. */
public final class Leis {
    private Leis() {
    }

    public static String withCheckDigits(String first18) {
        StringBuilder digits = new StringBuilder();
        for (char c : (first18 + "00").toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return first18 + String.format("%02d", check);
    }
}
