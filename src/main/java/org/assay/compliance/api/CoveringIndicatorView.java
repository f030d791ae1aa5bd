package org.assay.compliance.api;

import org.assay.framework.Classification;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Name("CoveringIndicator")
@Description("An indicator mapped to a regulation item, with the assessment's answer when you have FULL access.")
public record CoveringIndicatorView(
        @NonNull @Description("Stable indicator code.") String code,
        @NonNull @Description("Title in the requested language (English where the translation is missing).") String title,
        @NonNull @Description("ESSENTIAL or OPTIONAL.") Classification classification,
        @Description("Whether it applies to the assessed scope (stages, minerals, CAHRA).") boolean applicable,
        @Description("Whether it was answered with a value; null unless you have FULL access.") Boolean answered,
        @Description("The answer as text (YES, NO, MATURITY 3, a number with its unit, TEXT, DOCUMENT, NOT_APPLICABLE); null when "
                + "unanswered or unless you have FULL access.") String answer,
        @Description("Indicator score 0-100; null when not scored or unless you have FULL access.") BigDecimal score) {
}
