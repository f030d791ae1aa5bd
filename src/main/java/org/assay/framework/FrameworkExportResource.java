package org.assay.framework;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.assay.framework.document.FrameworkDocument;
import org.assay.framework.document.FrameworkDocumentWriter;
import org.assay.framework.document.IndicatorCsv;
import org.assay.platform.ApiException;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Plain-HTTP exports of a framework version, for people and tools outside GraphQL. Bearer token required (any role);
 * drafts only for members and the operator.
 * <ul>
 *   <li>{@code GET /frameworks/{versionId}/export.json}: the whole version in the import format (round-trips through
 *   {@code importFramework}).</li>
 *   <li>{@code GET /frameworks/{versionId}/indicators.csv}: its indicators as RFC 4180 CSV, UTF-8 (add {@code ?bom=true}
 *   for a byte-order mark, which spreadsheet programs need to show Chinese titles).</li>
 * </ul>
 */
@Path("/frameworks/{versionId}")
public class FrameworkExportResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkAccess access;

    @GET
    @Path("export.json")
    @Produces("application/json; charset=UTF-8")
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    public Response exportJson(@PathParam("versionId") String versionId) {
        FrameworkVersion v = readable(versionId);
        String json = FrameworkDocumentWriter.write(frameworks.document(v));
        return Response.ok(json.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"framework-" + v.label() + ".json\"").build();
    }

    @GET
    @Path("indicators.csv")
    @Produces("text/csv; charset=UTF-8")
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Transactional
    public Response indicatorsCsv(@PathParam("versionId") String versionId, @QueryParam("bom") boolean bom) {
        FrameworkVersion v = readable(versionId);
        FrameworkDocument doc = frameworks.document(v);
        String csv = (bom ? "\uFEFF" : "") + IndicatorCsv.write(v.label(), doc.indicators().toList());
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"framework-" + v.label() + "-indicators.csv\"").build();
    }

    private FrameworkVersion readable(String versionId) {
        UUID id = Ids.parse("versionId", versionId);
        return access.visible(frameworks.version(id));
    }

    /** API refusals as JSON with their code: 404 NOT_FOUND, 400 INVALID_ARGUMENT, 403 for membership problems. */
    @ServerExceptionMapper
    public Response refused(ApiException e) {
        int status = switch (e.code().name()) {
            case "NOT_FOUND" -> 404;
            case "INVALID_ARGUMENT" -> 400;
            default -> 403;
        };
        return Response.status(status).type("application/json")
                .entity(Map.of("code", e.code().name(), "message", e.getMessage())).build();
    }
}
