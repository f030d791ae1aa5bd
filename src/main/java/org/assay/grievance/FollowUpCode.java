package org.assay.grievance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Case references and secret follow-up codes (plain code). A code is 26 symbols of a 32-letter alphabet (130 random
 * bits), shown once in groups of four; only its SHA-256 is stored (a code this random needs no slow hash), and a code
 * is checked by comparing digests in constant time.
 */
public final class FollowUpCode {

    /** No I, O, 0 or 1: nothing to confuse when copied by hand. */
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int CODE_SYMBOLS = 26;

    private static final SecureRandom RANDOM = new SecureRandom();

    private FollowUpCode() {
    }

    /** A new code, as shown to the complainant: {@code ABCD-EFGH-…-XY}. */
    public static String newCode() {
        String raw = random(CODE_SYMBOLS);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(raw.charAt(i));
        }
        return shown.toString();
    }

    /** A new case reference, {@code GRV-XXXX-XXXX}. */
    public static String newReference() {
        String raw = random(8);
        return "GRV-" + raw.substring(0, 4) + "-" + raw.substring(4);
    }

    /** A reference as typed (spaces, lower case) in its stored form, or null when it cannot be one. */
    public static String normaliseReference(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        return s.matches("GRV-[A-Z2-9]{4}-[A-Z2-9]{4}") ? s : null;
    }

    /** The stored digest of a code as typed: dashes, spaces and case do not matter. */
    public static String digest(String typed) {
        String normal = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the typed code matches the stored digest, compared in constant time. */
    public static boolean matches(String typed, String storedDigest) {
        byte[] a = digest(typed).getBytes(StandardCharsets.US_ASCII);
        byte[] b = storedDigest.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(a, b);
    }

    private static String random(int symbols) {
        StringBuilder s = new StringBuilder(symbols);
        for (int i = 0; i < symbols; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
