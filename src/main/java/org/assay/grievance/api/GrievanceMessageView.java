package org.assay.grievance.api;

import org.assay.grievance.GrievanceMessage;
import org.assay.grievance.MessageAuthor;
import org.assay.grievance.MessageChannel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** One message of a grievance. */
@Name("GrievanceMessage")
@Description("A message of a grievance, in one of its two separate channels.")
public record GrievanceMessageView(
        @NonNull @Description("The channel: with the complainant or with the supplier.") MessageChannel channel,
        @NonNull @Description("Who wrote it.") MessageAuthor author,
        @NonNull @Description("The text (plain text).") String body,
        @NonNull @Description("When it was sent.") Instant sentAt) {

    static GrievanceMessageView of(GrievanceMessage m) {
        return new GrievanceMessageView(m.channel, m.author, m.body, m.sentAt);
    }
}
