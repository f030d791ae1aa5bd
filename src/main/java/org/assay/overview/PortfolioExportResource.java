package org.assay.overview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.assay.framework.scoring.Rating;
import org.assay.platform.Caller;
import org.assay.platform.InvalidArgumentException;
import org.assay.platform.Role;
import org.assay.portfolio.SpendBand;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /portfolio/export.csv}: the caller's portfolio as CSV, with the columns, filters, order and access rules
 * of {@code portfolioSuppliers} (query parameters named like the GraphQL filter fields, plus {@code sort}). Same bearer
 * tokens as the GraphQL API; members only (anonymous 401, other roles 403, refusals as JSON {@code {code, message}}).
 *
 * <p>Streamed: the rows are read in keyset-paged chunks of {@code assay.portfolio.export.chunk-size}, each in its own
 * short transaction, and written as they come; the file is never held in memory. The first chunk is read before the
 * response starts, so bad parameters still get a 400. UTF-8 with a byte order mark (Excel needs it to read non-Latin
 * names), CRLF line ends, RFC 4180 quoting.
 */
@Path("/portfolio")
@Authenticated
public class PortfolioExportResource {

    @Inject
    Caller caller;

    @Inject
    PortfolioOverviewService service;

    @ConfigProperty(name = "assay.portfolio.export.chunk-size", defaultValue = "1000")
    int chunkSize;

    /** The JSON body of every refusal. */
    public record Problem(String code, String message) {
    }

    @GET
    @Path("/export.csv")
    public Response export(@QueryParam("namePrefix") String namePrefix,
                           @QueryParam("status") List<String> status,
                           @QueryParam("ratingAtOrBelow") String ratingAtOrBelow,
                           @QueryParam("expiringWithinDays") String expiringWithinDays,
                           @QueryParam("hasOverdueCriticalActions") String hasOverdueCriticalActions,
                           @QueryParam("country") String country,
                           @QueryParam("mineral") String mineral,
                           @QueryParam("inCahra") String inCahra,
                           @QueryParam("category") String category,
                           @QueryParam("spendBand") String spendBand,
                           @QueryParam("internalId") String internalId,
                           @QueryParam("requirementVerdict") String requirementVerdict,
                           @QueryParam("sort") String sort) {
        if (!caller.isMember()) {
            return problem(403, "NOT_A_MEMBER", "You are signed in but not a member of any organisation on Assay.");
        }
        if (caller.organisationSuspended()) {
            return problem(403, "ORGANISATION_SUSPENDED", "Your organisation is suspended on Assay; contact the operator.");
        }
        if (!caller.is(Role.MEMBER)) {
            return problem(403, "forbidden", "The portfolio export is for members only.");
        }
        PortfolioCriteria criteria;
        PortfolioSort order;
        PortfolioOverviewService.Scope scope;
        PortfolioOverviewService.Chunk first;
        try {
            criteria = new PortfolioCriteria(namePrefix, statuses(status), parse(Rating.class, "ratingAtOrBelow", ratingAtOrBelow),
                    integer("expiringWithinDays", expiringWithinDays), bool("hasOverdueCriticalActions", hasOverdueCriticalActions),
                    country, parse(Mineral.class, "mineral", mineral), bool("inCahra", inCahra), category,
                    parse(SpendBand.class, "spendBand", spendBand), internalId,
                    parse(RequirementVerdict.class, "requirementVerdict", requirementVerdict));
            PortfolioSort parsedSort = parse(PortfolioSort.class, "sort", sort);
            order = parsedSort == null ? PortfolioSort.NAME : parsedSort;
            PortfolioCriteria c = criteria;
            scope = inTransaction(service::scope);
            PortfolioOverviewService.Scope s = scope;
            first = inTransaction(() -> service.rows(s, c, order, null, chunkSize));
        } catch (InvalidArgumentException e) {
            return problem(400, e.code().name(), e.getMessage());
        }
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            w.write(Csv.BOM);
            w.write(Csv.record(PortfolioCsv.HEADER));
            PortfolioOverviewService.Chunk chunk = first;
            while (true) {
                for (PortfolioOverviewService.Listed l : chunk.rows()) {
                    w.write(Csv.record(PortfolioCsv.values(l)));
                }
                w.flush();
                if (!chunk.more()) {
                    break;
                }
                PortfolioQuery.Keyset after = chunk.last();
                chunk = inTransaction(() -> service.rows(scope, criteria, order, after, chunkSize));
            }
            w.flush();
        };
        return Response.ok(body, new MediaType("text", "csv", java.util.Map.of("charset", "UTF-8", "header", "present")))
                .header("Content-Disposition", "attachment; filename=\"portfolio-" + scope.today() + ".csv\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** Runs in a new short transaction; a runtime exception comes out unwrapped. */
    private static <T> T inTransaction(java.util.concurrent.Callable<T> task) {
        try {
            return QuarkusTransaction.requiringNew().call(task);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private static Response problem(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new Problem(code, message)).build();
    }

    private static Set<PortfolioSupplierStatus> statuses(List<String> values) {
        Set<PortfolioSupplierStatus> set = EnumSet.noneOf(PortfolioSupplierStatus.class);
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) set.add(parse(PortfolioSupplierStatus.class, "status", part));
                }
            }
        }
        return set;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(name + " must be one of " + EnumSet.allOf(type) + ", was " + value);
        }
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidArgumentException(name + " must be true or false, was " + value);
        };
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name + " must be a whole number, was " + value);
        }
    }
}
