package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

@Description("Language of indicator titles and guidance. A missing translation falls back to English.")
public enum Language {
    @Description("English (always present).") EN,
    @Description("Simplified Chinese; falls back to English where a text has no Chinese translation.") ZH;

    /** The text in this language, or the English one when the translation is missing. */
    public String pick(String en, String zh) {
        return this == ZH && zh != null && !zh.isBlank() ? zh : en;
    }
}
