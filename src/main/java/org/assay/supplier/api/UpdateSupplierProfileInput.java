package org.assay.supplier.api;

import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Changes to the caller's supplier profile. */
@Name("UpdateSupplierProfileInput")
@Description("Changes to the caller's supplier profile; omitted fields stay as they are.")
public class UpdateSupplierProfileInput {
    @Description("Short description, up to 2000 characters; an empty text clears it.")
    public String description;
    @Description("Web site, an http(s) address up to 500 characters; an empty text clears it.")
    public String website;
    @Description("Minerals the supplier works in; replaces the list, an empty list clears it.")
    public List<@NonNull Mineral> minerals;
    @Description("Supply-chain stages the supplier works in; replaces the list, an empty list clears it.")
    public List<@NonNull SupplyChainStage> stages;
}
