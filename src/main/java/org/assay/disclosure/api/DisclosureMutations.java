package org.assay.disclosure.api;

import jakarta.inject.Inject;
import org.assay.disclosure.Disclosures;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The supplier's choice to publish its summary to everyone. */
@GraphQLApi
@Allow(Role.SUPPLIER)
public class DisclosureMutations {

    @Inject
    Disclosures disclosures;

    @Mutation("setPublicDisclosure") // named explicitly: SmallRye drops a leading "set" from a method's name
    @Description("Publish your summary (ratings, validity, method, corrective actions by state, optionally grievances by stage) to everyone, "
            + "without sign-in, at /disclosure/{slug} — or stop publishing it. Suppliers only; always about your own organisation.")
    public PublicDisclosurePayload setPublicDisclosure(@NonNull @Description("The setting.") SetPublicDisclosureInput input) {
        return PublicDisclosurePayload.of(disclosures.set(Boolean.TRUE.equals(input.enabled), input.slug, input.showGrievances));
    }
}
