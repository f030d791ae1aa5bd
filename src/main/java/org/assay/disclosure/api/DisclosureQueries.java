package org.assay.disclosure.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.disclosure.Disclosures;
import org.assay.platform.Allow;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Reading public disclosures: the supplier's own setting, and the public summary (open to anyone, without a token). */
@GraphQLApi
@Transactional
public class DisclosureQueries {

    @Inject
    Disclosures disclosures;

    @Query
    @Allow(Role.SUPPLIER)
    @Description("Your organisation's public-disclosure setting; null when you never published.")
    public PublicDisclosureSettingView myPublicDisclosure() {
        return disclosures.mine().map(PublicDisclosureSettingView::of).orElse(null);
    }

    @Query
    @Allow(value = {}, anyone = true)
    @Description("The summary a supplier chose to publish, by its address name. Open to anyone, without an account; reveals only what the "
            + "supplier chose. An unknown name, or a supplier that stopped publishing, is NOT_FOUND.")
    public PublicSupplierSummaryView publicDisclosure(@NonNull @Description("The address name (`PublicDisclosureSetting.slug`).") String slug) {
        return disclosures.published(slug).map(PublicSupplierSummaryView::of).orElseThrow(() -> new NotFoundException("Public disclosure"));
    }
}
