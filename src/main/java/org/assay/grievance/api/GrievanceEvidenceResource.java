package org.assay.grievance.api;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.assay.grievance.GrievanceAccess;
import org.assay.grievance.GrievanceEvidenceFile;

import java.util.UUID;

/** {@code GET /grievance-evidence/{id}}: an evidence file, for grievance handlers only (404 for everyone else, as for an unknown id). */
@Path("/grievance-evidence")
public class GrievanceEvidenceResource {

    @Inject
    EntityManager em;

    @Inject
    GrievanceAccess access;

    @GET
    @Path("/{id}")
    @Transactional
    public Response download(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Response.status(404).build();
        }
        GrievanceEvidenceFile f = em.find(GrievanceEvidenceFile.class, uuid);
        if (f == null || !access.isHandler()) {
            return Response.status(404).build();
        }
        return Response.ok(f.bytes, f.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + f.name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store").build();
    }
}
