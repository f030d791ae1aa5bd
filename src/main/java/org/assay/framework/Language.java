package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

import java.util.List;
import java.util.Locale;

@Description("Language of framework titles and guidance: English and the languages of the supplier regions. A missing "
        + "translation falls back to English, field by field.")
public enum Language {
    @Description("English (always present).") EN,
    @Description("Simplified Chinese.") ZH,
    @Description("French (the Democratic Republic of the Congo and francophone Africa).") FR,
    @Description("Spanish (Latin America).") ES,
    @Description("Portuguese (Brazil, Mozambique, Angola).") PT,
    @Description("Bahasa Indonesia.") ID;

    /** The languages beyond English and Chinese, stored in their own columns and document keys since framework 2.0. */
    public static final List<Language> ADDED = List.of(FR, ES, PT, ID);

    /** The key in the import/export document and the suffix of the columns: {@code en}, {@code zh}, {@code fr}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code text} when present, else the English one: the fallback rule, per field. */
    public static String orEnglish(String text, String en) {
        return text != null && !text.isBlank() ? text : en;
    }
}
