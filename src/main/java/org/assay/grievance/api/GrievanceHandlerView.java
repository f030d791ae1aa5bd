package org.assay.grievance.api;

import org.assay.grievance.GrievanceHandlers;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** A person of the operator who handles grievances. */
@Name("GrievanceHandler")
@Description("A person of the operator appointed to handle grievances: only they see complainants' identities and contacts.")
public record GrievanceHandlerView(
        @NonNull @Id @Description("The person (membership) id, as `Person.id`.") String person,
        @Description("The person's OIDC subject.") String subject,
        @Description("The person's display name.") String displayName,
        @NonNull @Description("When they were appointed.") Instant appointedAt) {

    static GrievanceHandlerView of(GrievanceHandlers.Appointed a) {
        return new GrievanceHandlerView(a.person().id.toString(), a.person().subject, a.person().displayName, a.handler().appointedAt);
    }
}
