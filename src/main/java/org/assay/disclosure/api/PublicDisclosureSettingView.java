package org.assay.disclosure.api;

import org.assay.disclosure.PublicDisclosure;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** The supplier's public-disclosure setting. */
@Name("PublicDisclosureSetting")
@Description("Whether the supplier publishes its summary to everyone, without sign-in, and where. Not a sharing grant: the PUBLIC "
        + "grant still means any signed-in user.")
public record PublicDisclosureSettingView(
        @Description("True while the summary is published.") boolean enabled,
        @NonNull @Description("The address name: the page is /disclosure/{slug}, the query `publicDisclosure(slug:)`.") String slug,
        @Description("Whether the page also shows the counts of grievances about the supplier by stage.") boolean showGrievances,
        @NonNull @Description("Path of the public page on this service.") String path,
        @NonNull @Description("When the setting last changed.") Instant changedAt) {

    static PublicDisclosureSettingView of(PublicDisclosure d) {
        return new PublicDisclosureSettingView(d.enabled, d.slug, d.showGrievances, "/disclosure/" + d.slug, d.changedAt);
    }
}
