package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("LocalizedText")
@Description("A text in English and (optionally) Chinese.")
public record LocalizedTextView(
        @Description("English.") String en,
        @Description("Chinese; null when there is no translation.") String zh) {
}
