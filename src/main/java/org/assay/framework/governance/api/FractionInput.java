package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("FractionInput")
@Description("An exact threshold: numerator / denominator, above 0 and at most 1 (1 ≤ numerator ≤ denominator ≤ 10000).")
public class FractionInput {
    @Description("Numerator.")
    public int numerator;
    @Description("Denominator.")
    public int denominator;
}
