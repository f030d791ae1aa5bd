package org.assay.grievance.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.audit.AuditTrail;
import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceCategory;
import org.assay.grievance.GrievanceErrorCode;
import org.assay.grievance.GrievanceEvidence;
import org.assay.grievance.GrievanceLanguage;
import org.assay.grievance.GrievanceMessage;
import org.assay.grievance.Grievances;
import org.assay.grievance.MessageAuthor;
import org.assay.grievance.PublicSuppliers;
import org.assay.organisation.Organisation;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.GlobalId;
import org.assay.platform.PageRequest;
import org.assay.platform.UserError;
import org.assay.platform.UserInputException;
import org.assay.supplier.Mineral;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The public grievance page (issue 14): server-rendered with Qute, plain HTML forms, no JavaScript, no account. Six
 * languages, chosen by {@code ?lang=} (the switch on every page) or else by the browser's Accept-Language; a grievance
 * keeps the language it was filed in. The follow-up code travels only in POST bodies, never in a URL.
 */
@Path("/grievance")
@Produces(MediaType.TEXT_HTML)
public class GrievancePage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    @Location("grievance/start.html")
    Template start;

    @Inject
    @Location("grievance/file.html")
    Template file;

    @Inject
    @Location("grievance/receipt.html")
    Template receipt;

    @Inject
    @Location("grievance/followup.html")
    Template followup;

    @Inject
    @Location("grievance/status.html")
    Template status;

    @Inject
    PublicSuppliers suppliers;

    @Inject
    Grievances grievances;

    @Inject
    GrievanceEvidence evidence;

    @Inject
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Context
    HttpHeaders headers;

    // ---- pages ----

    @GET
    public Response start(@QueryParam("lang") String lang, @QueryParam("name") String name, @QueryParam("country") String country,
                          @QueryParam("mineral") String mineral) {
        GrievanceLanguage l = language(lang);
        boolean searched = name != null || country != null || mineral != null;
        List<PageModel.SupplierItem> items = new ArrayList<>();
        if (searched) {
            Mineral m = Arrays.stream(Mineral.values()).filter(x -> x.name().equalsIgnoreCase(mineral == null ? "" : mineral.strip())).findFirst().orElse(null);
            String c = country == null || !country.strip().matches("[A-Za-z]{2}") ? null : country.strip();
            List<PublicSuppliers.Supplier> found = QuarkusTransaction.requiringNew().call(() -> suppliers.search(
                    clip(name, 200), c, m, PageRequest.of(50, null)));
            for (PublicSuppliers.Supplier s : found.stream().limit(50).toList()) {
                items.add(new PageModel.SupplierItem(OrganisationView.TYPE.id(s.id()), s.name(), s.country(),
                        s.sites().stream().map(PublicSuppliers.Site::name).toList()));
            }
        }
        return page(200, start.data("name", name == null ? "" : name).data("country", country == null ? "" : country)
                .data("searched", searched).data("suppliers", items), l, "start");
    }

    @GET
    @Path("/file")
    public Response fileForm(@QueryParam("lang") String lang, @QueryParam("supplier") String supplier) {
        GrievanceLanguage l = language(lang);
        Optional<PublicSuppliers.Supplier> s = supplierOf(supplier);
        if (s.isEmpty()) {
            return start(l.tag(), null, null, null);
        }
        return page(200, fileTemplate(l, s.get(), Map.of(), Map.of(), null), l, "file?supplier=" + supplier);
    }

    @POST
    @Path("/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(@RestForm String lang, @RestForm String supplier, @RestForm String site, @RestForm String category,
                         @RestForm String description, @RestForm String location, @RestForm String occurred,
                         @RestForm String anonymous, @RestForm("name") String complainantName, @RestForm String contact,
                         @RestForm String privateDetails, @RestForm("evidence") List<FileUpload> files) {
        GrievanceLanguage l = language(lang);
        Optional<PublicSuppliers.Supplier> s = supplierOf(supplier);
        if (s.isEmpty()) {
            return start(l.tag(), null, null, null);
        }
        Map<String, String> values = new HashMap<>();
        values.put("site", site == null ? "" : site);
        values.put("category", category == null ? "" : category);
        values.put("description", description == null ? "" : description);
        values.put("location", location == null ? "" : location);
        values.put("occurred", occurred == null ? "" : occurred);
        values.put("anonymous", anonymous == null ? "" : "on");
        values.put("name", complainantName == null ? "" : complainantName);
        values.put("contact", contact == null ? "" : contact);
        values.put("privateDetails", privateDetails == null ? "" : privateDetails);
        UUID siteId = site == null || site.isBlank() ? null : GlobalId.decode(site).map(GlobalId::id).orElse(null);
        GrievanceCategory c = Arrays.stream(GrievanceCategory.values()).filter(x -> x.name().equals(category)).findFirst().orElse(null);
        try {
            Grievances.Receipt r = inTransaction(() -> {
                Grievances.Receipt filed = grievances.file(new Grievances.Filing(s.get().id(), siteId, c, description, location, occurred, l,
                        anonymous != null, complainantName, contact, privateDetails));
                int i = 0;
                for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
                    if (f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank())) {
                        evidence.attach(filed.grievance(), f.uploadedFile(), f.fileName(), f.contentType(), "input.evidence." + i);
                    }
                    i++;
                }
                auditTrail.append(null, null, null, "fileGrievance", List.of(filed.grievance().id.toString()),
                        auditTrail.digest(Map.of("via", "web", "supplier", s.get().id().toString(), "category", String.valueOf(c))));
                return filed;
            });
            return page(200, receipt.data("reference", r.grievance().reference).data("code", r.followUpCode()), l, "follow-up");
        } catch (UserInputException e) {
            Map<String, String> errors = new HashMap<>();
            String general = null;
            for (UserError err : e.errors()) {
                GrievanceErrorCode code = err.code().as(GrievanceErrorCode.class);
                if (code == GrievanceErrorCode.RATE_LIMITED) {
                    general = "rate_limited";
                    continue;
                }
                String field = err.path() == null || err.path().size() < 2 ? "general" : err.path().get(err.path().size() - 1);
                if (err.path() != null && err.path().size() > 2 && err.path().get(1).equals("evidence")) {
                    field = "evidence";
                }
                errors.put(field, errorKey(code));
            }
            Map<String, String> t = PageTexts.of(l);
            Map<String, String> shown = new HashMap<>();
            errors.forEach((k, v) -> shown.put(k, t.get(v)));
            return page(general != null ? 429 : 400, fileTemplate(l, s.get(), values, shown, general == null ? t.get("error") : t.get(general)), l,
                    "file?supplier=" + supplier);
        }
    }

    @GET
    @Path("/follow-up")
    public Response followUpForm(@QueryParam("lang") String lang) {
        GrievanceLanguage l = language(lang);
        return page(200, followup.data("reference", "").data("error", null), l, "follow-up");
    }

    @POST
    @Path("/follow-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followUp(@RestForm String lang, @RestForm String reference, @RestForm String code) {
        GrievanceLanguage l = language(lang);
        return show(l, reference, code, null);
    }

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@RestForm String lang, @RestForm String reference, @RestForm String code, @RestForm String message) {
        GrievanceLanguage l = language(lang);
        return show(l, reference, code, message == null ? "" : message);
    }

    /** The status page after checking the code; with {@code reply} not null, the reply is added first. */
    private Response show(GrievanceLanguage l, String reference, String code, String reply) {
        Map<String, String> t = PageTexts.of(l);
        record Shown(Grievances.Check check, Grievance g, String supplierName, List<GrievanceMessage> messages, String replyError) {
        }
        Shown shown;
        try {
            shown = inTransaction(() -> {
                Grievances.Attempt a = grievances.attempt(clip(reference, 40), clip(code, 80));
                if (a.check() != Grievances.Check.OK) {
                    return new Shown(a.check(), null, null, List.of(), null);
                }
                String replyError = null;
                if (reply != null) {
                    try {
                        // validated before anything is written: a refused reply leaves nothing behind
                        grievances.reply(a.grievance(), reply);
                    } catch (UserInputException e) {
                        replyError = t.get(errorKey(e.errors().get(0).code().as(GrievanceErrorCode.class)));
                    }
                }
                Grievance g = a.grievance();
                return new Shown(Grievances.Check.OK, g, em.find(Organisation.class, g.supplierId).name,
                        grievances.complainantMessages(g.id), replyError);
            });
        } catch (UserInputException e) {
            throw new IllegalStateException(e);
        }
        if (shown.check() != Grievances.Check.OK) {
            String error = shown.check() == Grievances.Check.LOCKED ? t.get("locked") : t.get("wrong_code");
            return page(shown.check() == Grievances.Check.LOCKED ? 429 : 404,
                    followup.data("reference", reference == null ? "" : reference).data("error", error), l, "follow-up");
        }
        Grievance g = shown.g();
        List<PageModel.MessageItem> messages = shown.messages().stream().map(m -> new PageModel.MessageItem(
                m.author == MessageAuthor.COMPLAINANT ? t.get("from_you") : t.get("from_handler"), m.body, DATE.format(m.sentAt),
                m.author == MessageAuthor.COMPLAINANT)).toList();
        return page(200, status.data("reference", g.reference).data("code", code.strip()).data("stage", t.get("stage." + g.stage.name()))
                .data("stageCode", g.stage.name()).data("category", t.get("cat." + g.category.name())).data("supplierName", shown.supplierName())
                .data("filedAt", DATE.format(g.filedAt)).data("outcome", g.outcome).data("messages", messages)
                .data("replyError", shown.replyError()), l, "follow-up");
    }

    // ---- helpers ----

    private TemplateInstance fileTemplate(GrievanceLanguage l, PublicSuppliers.Supplier s, Map<String, String> values,
                                          Map<String, String> errors, String error) {
        Map<String, String> t = PageTexts.of(l);
        String chosenCategory = values.getOrDefault("category", "");
        String chosenSite = values.getOrDefault("site", "");
        List<PageModel.Option> categories = Arrays.stream(GrievanceCategory.values())
                .map(c -> new PageModel.Option(c.name(), t.get("cat." + c.name()), c.name().equals(chosenCategory))).toList();
        List<PageModel.Option> sites = new ArrayList<>();
        sites.add(new PageModel.Option("", t.get("any_site"), chosenSite.isEmpty()));
        for (PublicSuppliers.Site site : s.sites()) {
            String id = org.assay.grievance.api.GrievanceSiteView.SITE.id(site.id());
            sites.add(new PageModel.Option(id, site.name() + " (" + site.country() + ")", id.equals(chosenSite)));
        }
        return file.data("supplierId", OrganisationView.TYPE.id(s.id())).data("supplierName", s.name()).data("categories", categories)
                .data("sites", sites).data("v", values).data("errors", errors).data("error", error);
    }

    private Response page(int statusCode, TemplateInstance instance, GrievanceLanguage l, String path) {
        List<PageModel.LanguageLink> languages = Arrays.stream(GrievanceLanguage.values())
                .map(x -> new PageModel.LanguageLink(x.tag(), PageTexts.nativeName(x), x == l)).toList();
        String base = path.startsWith("start") ? "/grievance" : "/grievance/" + path;
        String sep = base.contains("?") ? "&" : "?";
        String html = instance.data("t", PageTexts.of(l)).data("lang", l.tag()).data("languages", languages)
                .data("switchBase", base + sep + "lang=").render();
        return Response.status(statusCode).entity(html).type("text/html; charset=UTF-8")
                .header("Content-Language", l.tag())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer").header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }

    /** {@code ?lang=} when it names one of ours, otherwise the best of the browser's Accept-Language, otherwise English. */
    GrievanceLanguage language(String lang) {
        Optional<GrievanceLanguage> asked = GrievanceLanguage.ofTag(lang);
        if (asked.isPresent()) {
            return asked.get();
        }
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                Optional<GrievanceLanguage> l = GrievanceLanguage.ofTag(locale.toLanguageTag());
                if (l.isPresent()) {
                    return l.get();
                }
            }
        } catch (RuntimeException malformed) {
            // a malformed Accept-Language header: English
        }
        return GrievanceLanguage.EN;
    }

    private Optional<PublicSuppliers.Supplier> supplierOf(String globalId) {
        UUID id = globalId == null ? null : GlobalId.decode(globalId.strip()).filter(g -> g.type().equals(OrganisationView.TYPE.name()))
                .map(GlobalId::id).orElse(null);
        return id == null ? Optional.empty() : QuarkusTransaction.requiringNew().call(() -> suppliers.find(id));
    }

    private static String errorKey(GrievanceErrorCode code) {
        return switch (code) {
            case REQUIRED -> "error_required";
            case TOO_LONG -> "error_too_long";
            case MARKUP_NOT_ALLOWED -> "error_markup";
            case EVIDENCE_REFUSED, EVIDENCE_TOO_LARGE -> "error_evidence";
            case RATE_LIMITED -> "rate_limited";
            case LOCKED -> "locked";
            case WRONG_CODE -> "wrong_code";
            default -> "error_invalid";
        };
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    /** Runs the work in a transaction of its own; a user error rolls it back and is thrown as it is. */
    private static <T> T inTransaction(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof UserInputException u) {
                throw u;
            }
            throw e;
        }
    }
}
