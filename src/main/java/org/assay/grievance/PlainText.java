package org.assay.grievance;

import java.util.regex.Pattern;

/** The text rule of grievances (plain code): plain text only — no HTML markup, no control characters but line breaks and tabs. */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private PlainText() {
    }

    /** Whether the text is acceptable as stored plain text. */
    public static boolean acceptable(String text) {
        return text == null || (!MARKUP.matcher(text).find() && !CONTROL.matcher(text).find());
    }

    /** Trimmed, with Windows line ends made plain; null for null or blank. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("\r\n", "\n").strip();
        return s.isEmpty() ? null : s;
    }
}
