package org.assay.disclosure.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.disclosure.Disclosures;
import org.assay.grievance.GrievanceLanguage;
import org.assay.grievance.web.PageModel;
import org.assay.grievance.web.PageTexts;

import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The public disclosure page (issue 14 item 6): the summary a supplier chose to publish, for everyone, without sign-in,
 * server-rendered with Qute, no JavaScript. Six languages as the grievance page ({@code ?lang=} or Accept-Language; texts
 * from {@code disclosure/page*.properties}, the same JDK-bundle approach as {@link PageTexts}). An unknown address or a
 * supplier that stopped publishing is 404.
 */
@Path("/disclosure")
@Produces(MediaType.TEXT_HTML)
public class DisclosurePage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<GrievanceLanguage, Map<String, String>> TEXTS = new EnumMap<>(GrievanceLanguage.class);

    static {
        for (GrievanceLanguage l : GrievanceLanguage.values()) {
            ResourceBundle b = ResourceBundle.getBundle("disclosure.page", l == GrievanceLanguage.EN ? Locale.ROOT : l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> m = new HashMap<>();
            for (String k : b.keySet()) m.put(k, b.getString(k));
            TEXTS.put(l, Map.copyOf(m));
        }
    }

    /** The texts of a language, by key (for tests: every language has every key). */
    static Map<String, String> texts(GrievanceLanguage l) {
        return TEXTS.get(l);
    }

    @TemplateData
    public record SummaryItem(String supplierName, String country, String currentRating, String publishedRating) {
    }

    @TemplateData
    public record CountItem(String key, String label, long count) {
    }

    @Inject
    @Location("disclosure/summary.html")
    Template summary;

    @Inject
    Disclosures disclosures;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{slug}")
    @Transactional
    public Response page(@PathParam("slug") String slug, @QueryParam("lang") String lang) {
        GrievanceLanguage l = language(lang);
        Map<String, String> t = TEXTS.get(l);
        Optional<Disclosures.Summary> found = disclosures.published(slug);
        var instance = summary.data("t", t).data("lang", l.tag())
                .data("languages", Arrays.stream(GrievanceLanguage.values())
                        .map(x -> new PageModel.LanguageLink(x.tag(), PageTexts.nativeName(x), x == l)).toList())
                .data("switchBase", "/disclosure/" + (found.isPresent() ? slug : "x") + "?lang=");
        if (found.isEmpty()) {
            instance.data("s", null);
        } else {
            Disclosures.Summary s = found.get();
            instance.data("s", new SummaryItem(s.supplierName(), s.country(), s.currentRating() == null ? null : s.currentRating().name(),
                            s.publishedRating() == null ? null : s.publishedRating().name()))
                    .data("method", s.method() == null ? "" : t.get("method." + s.method().name()))
                    .data("validity", s.validFrom() == null ? "" : MessageFormat.format(t.get("valid_range"), s.validFrom().toString(),
                            String.valueOf(s.validUntil())))
                    .data("actions", s.actionsByStatus().entrySet().stream()
                            .map(e -> new CountItem(e.getKey().name(), t.get("action." + e.getKey().name()), e.getValue())).toList())
                    .data("grievances", s.grievancesByStage() == null ? null : s.grievancesByStage().entrySet().stream()
                            .map(e -> new CountItem(e.getKey().name(), t.get("stage." + e.getKey().name()), e.getValue())).toList())
                    .data("asOf", DATE.format(s.asOf()));
        }
        return Response.status(found.isPresent() ? 200 : 404).entity(instance.render()).type("text/html; charset=UTF-8")
                .header("Content-Language", l.tag())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer").build();
    }

    private GrievanceLanguage language(String lang) {
        Optional<GrievanceLanguage> chosen = GrievanceLanguage.ofTag(lang);
        if (chosen.isPresent()) return chosen.get();
        for (Locale locale : headers.getAcceptableLanguages()) {
            Optional<GrievanceLanguage> l = GrievanceLanguage.ofTag(locale.toLanguageTag());
            if (l.isPresent()) return l.get();
        }
        return GrievanceLanguage.EN;
    }
}
