package org.assay.evidence;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.platform.Caller;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Evidence files over plain HTTP (GraphQL is not made for bytes): {@code POST /documents} (multipart) and
 * {@code GET /documents/{id}}. Same bearer tokens as the GraphQL API. Errors are JSON {@code {code, message}}.
 */
@Path("/documents")
@Authenticated
public class DocumentResource {

    @Inject
    EvidenceService service;

    @Inject
    Caller caller;

    /** What an upload answers. */
    public record Uploaded(String id, String name, String mediaType, long size, String sha256, String supplierId, Instant uploadedAt) {
        static Uploaded of(DocumentRef d) {
            return new Uploaded(d.id().toString(), d.name(), d.mediaType(), d.size(), d.sha256(),
                    d.supplierId() == null ? null : d.supplierId().toString(), d.uploadedAt());
        }
    }

    /** The JSON body of every refusal. */
    public record Problem(String code, String message) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("supplierId") String supplierId) {
        try {
            requireActiveMember();
            if (caller.organisationIdIfAny().isEmpty()) {
                // The IdP's bootstrap operator before the operator organisation exists: documents need an owner.
                throw new DocumentRefused(403, EvidenceErrorCode.NOT_A_MEMBER, "Uploading needs an organisation; you belong to none yet.");
            }
            if (file == null || file.uploadedFile() == null) {
                throw new DocumentRefused(400, EvidenceErrorCode.FILE_REQUIRED, "send the file as the multipart part named `file`");
            }
            EvidenceService.Stored stored = service.upload(file.uploadedFile(), file.fileName(), file.contentType(), supplierId);
            URI location = URI.create("/documents/" + stored.document().id());
            return (stored.created() ? Response.created(location) : Response.ok().location(location))
                    .entity(Uploaded.of(stored.document())).build();
        } catch (DocumentRefused e) {
            return refusal(e);
        }
    }

    @GET
    @Path("/{id}")
    public Response download(@PathParam("id") String id) {
        try {
            requireActiveMember();
            UUID uuid;
            try {
                uuid = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw notFound();
            }
            EvidenceService.Download d = service.download(uuid).orElseThrow(DocumentResource::notFound);
            return Response.ok(d.bytes(), d.document().mediaType())
                    .header("Content-Disposition", contentDisposition(d.document().name()))
                    .header("Content-Length", d.bytes().length)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Cache-Control", "private, no-store")
                    .header("ETag", "\"" + d.document().sha256() + "\"")
                    .build();
        } catch (DocumentRefused e) {
            return refusal(e);
        }
    }

    private void requireActiveMember() {
        if (!caller.isMember()) {
            throw new DocumentRefused(403, EvidenceErrorCode.NOT_A_MEMBER,
                    "You are signed in but not a member of any organisation on Assay. Ask your organisation's admin or the operator to add you.");
        }
        if (caller.organisationSuspended()) {
            throw new DocumentRefused(403, EvidenceErrorCode.ORGANISATION_SUSPENDED, "Your organisation is suspended on Assay; contact the operator.");
        }
    }

    /** The same answer whether the document does not exist or may not be read: existence is not revealed. */
    private static DocumentRefused notFound() {
        return new DocumentRefused(404, EvidenceErrorCode.NOT_FOUND, "Document not found");
    }

    static Response refusal(DocumentRefused e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(new Problem(e.code(), e.getMessage())).build();
    }

    /** Always an attachment (never rendered by the browser), with an ASCII fallback and the exact UTF-8 name (RFC 6266). */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
