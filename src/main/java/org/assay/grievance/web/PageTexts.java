package org.assay.grievance.web;

import org.assay.grievance.GrievanceLanguage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of the public grievance page in each of its languages, from {@code grievance/page*.properties} (UTF-8
 * resource bundles of the JDK; English is the base bundle, and no other fallback applies, so a page never mixes a
 * language with the machine's default one).
 */
public final class PageTexts {

    private static final Map<GrievanceLanguage, Map<String, String>> TEXTS = new EnumMap<>(GrievanceLanguage.class);

    static {
        for (GrievanceLanguage l : GrievanceLanguage.values()) {
            ResourceBundle b = ResourceBundle.getBundle("grievance.page", l == GrievanceLanguage.EN ? Locale.ROOT : l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> m = new HashMap<>();
            for (String k : b.keySet()) {
                m.put(k, b.getString(k));
            }
            TEXTS.put(l, Map.copyOf(m));
        }
    }

    private PageTexts() {
    }

    /** All texts of the language, by key. */
    public static Map<String, String> of(GrievanceLanguage language) {
        return TEXTS.get(language);
    }

    /** The language's own name, for the language switch. */
    public static String nativeName(GrievanceLanguage l) {
        return switch (l) {
            case EN -> "English";
            case ZH -> "中文";
            case FR -> "Français";
            case ES -> "Español";
            case PT -> "Português";
            case ID -> "Bahasa Indonesia";
        };
    }
}
