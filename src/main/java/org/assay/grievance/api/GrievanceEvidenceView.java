package org.assay.grievance.api;

import org.assay.grievance.GrievanceEvidenceFile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** An evidence file of a grievance (metadata; the bytes at {@code downloadPath}). */
@Name("GrievanceEvidence")
@Description("An evidence file the complainant attached. Images are stored re-encoded, without metadata (EXIF GPS position, camera, time).")
public record GrievanceEvidenceView(
        @NonNull @Description("File name as sent.") String name,
        @NonNull @Description("Media type.") String mediaType,
        @NonNull @Description("Size in bytes, as stored.") long size,
        @NonNull @Description("SHA-256 of the stored bytes, hex.") String sha256,
        @NonNull @Description("Whether it is an image whose metadata was removed before storing.") boolean metadataRemoved,
        @NonNull @Description("When it was attached.") Instant uploadedAt,
        @NonNull @Description("Where grievance handlers download it (GET with their bearer token).") String downloadPath) {

    static GrievanceEvidenceView of(GrievanceEvidenceFile f) {
        return new GrievanceEvidenceView(f.name, f.mediaType, f.size, f.sha256, f.metadataRemoved, f.uploadedAt,
                "/grievance-evidence/" + f.id);
    }
}
