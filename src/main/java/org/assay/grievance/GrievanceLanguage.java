package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

import java.util.Locale;
import java.util.Optional;

/** The languages of the public grievance page; a grievance keeps the one it was filed in. */
@Description("A language of the public grievance page. A grievance keeps the language it was filed in.")
public enum GrievanceLanguage {
    @Description("English.") EN("en"),
    @Description("Chinese (simplified).") ZH("zh"),
    @Description("French.") FR("fr"),
    @Description("Spanish.") ES("es"),
    @Description("Portuguese.") PT("pt"),
    @Description("Bahasa Indonesia.") ID("id");

    private final String tag;

    GrievanceLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 primary language tag. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag ({@code fr}, {@code fr-CA}, {@code in} for Indonesian), if it is one of ours. */
    public static Optional<GrievanceLanguage> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (primary.equals("in")) {
            primary = "id";
        }
        for (GrievanceLanguage l : values()) {
            if (l.tag.equals(primary)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
