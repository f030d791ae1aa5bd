package org.assay.framework.document;

import org.assay.framework.Language;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An indicator's title and guidance in the languages beyond English and Chinese ({@link Language#ADDED}: French, Spanish,
 * Portuguese, Bahasa Indonesia). A missing entry means "no translation" (readers fall back to English, per field).
 */
public record Translations(Map<Language, String> titles, Map<Language, String> guidance) {

    public static final Translations NONE = new Translations(Map.of(), Map.of());

    public Translations {
        titles = clean(titles);
        guidance = clean(guidance);
    }

    /** Blank texts are dropped; English and Chinese (which have their own fields) are not allowed here. */
    public static Map<Language, String> clean(Map<Language, String> texts) {
        EnumMap<Language, String> out = new EnumMap<>(Language.class);
        if (texts != null) {
            texts.forEach((l, s) -> {
                if (l != Language.EN && l != Language.ZH && s != null && !s.isBlank()) out.put(l, s);
            });
        }
        return Collections.unmodifiableMap(out);
    }

    public String title(Language l) {
        return titles.get(l);
    }

    public String guidance(Language l) {
        return guidance.get(l);
    }
}
