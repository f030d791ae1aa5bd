package org.assay.framework.governance.api;

import org.assay.framework.governance.Fraction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Fraction")
@Description("An exact threshold, e.g. 2/3.")
public record FractionView(
        @Description("Numerator.") int numerator,
        @Description("Denominator.") int denominator) {
}
