package org.assay.disclosure.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code setPublicDisclosure}. */
@Name("SetPublicDisclosureInput")
@Description("Publish (or stop publishing) your summary to everyone, without sign-in.")
public class SetPublicDisclosureInput {
    @NonNull @Description("True to publish, false to stop (the page and query answer NOT_FOUND at once).")
    public Boolean enabled;
    @Description("The address name (3–80 lower-case letters, digits, single hyphens); default: the one set before, or one made from your name.")
    public String slug;
    @Description("Whether to show the counts of grievances about you by stage; default: as before (true the first time).")
    public Boolean showGrievances;
}
