package org.assay.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;

import java.util.List;
import java.util.Map;

/**
 * {@link InputHygiene} for the plain HTTP endpoints ({@code /documents}, {@code /portfolio/export.csv}, framework
 * export): a query or path parameter with a NUL character or an unpaired surrogate is refused with 400
 * {@code {"code":"INVALID_ARGUMENT"}} before any resource method runs (PostgreSQL would otherwise reject it as a server
 * error). A body that cannot be read as what it claims to be (a multipart upload with a wrong, empty or 10,000-character
 * boundary, a connection that ends mid-part) is 400 {@code {"code":"BAD_REQUEST"}}, not a server error.
 */
public class HttpInputFilter {

    /** The JSON body of a refusal, as the plain endpoints write them. */
    public record Problem(String code, String message) {
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        Response refused = check(request.getUriInfo().getQueryParameters());
        return refused != null ? refused : check(request.getUriInfo().getPathParameters());
    }

    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new Problem("BAD_REQUEST", "The request body could not be read: send multipart/form-data with a valid boundary "
                        + "(at most 70 characters, RFC 2046) and complete parts")).build();
    }

    private static Response check(Map<String, List<String>> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String problem = InputHygiene.stringProblem(p.getKey());
            for (String v : p.getValue()) {
                if (problem == null && v != null) {
                    problem = InputHygiene.stringProblem(v);
                }
            }
            if (problem != null) {
                return Response.status(400).type(MediaType.APPLICATION_JSON)
                        .entity(new Problem("INVALID_ARGUMENT", "parameter " + printable(p.getKey()) + ": " + problem)).build();
            }
        }
        return null;
    }

    private static String printable(String s) {
        return s.codePoints().allMatch(c -> c >= 0x20 && c < 0x7F) ? s : "(unprintable name)";
    }
}
