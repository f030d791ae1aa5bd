package org.assay.grievance.web;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** The small records the page templates read (Qute value resolvers are generated for them). */
public final class PageModel {

    private PageModel() {
    }

    /** One entry of the language switch. */
    @TemplateData
    public record LanguageLink(String code, String name, boolean current) {
    }

    /** One option of a select: value and label. */
    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    /** A supplier in the search results. */
    @TemplateData
    public record SupplierItem(String id, String name, String country, List<String> sites) {
    }

    /** A message of the complainant's channel. */
    @TemplateData
    public record MessageItem(String from, String body, String sentAt, boolean mine) {
    }
}
