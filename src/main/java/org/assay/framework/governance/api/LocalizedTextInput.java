package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("LocalizedTextInput")
@Description("A text in English (required) and Chinese (optional: readers fall back to English).")
public class LocalizedTextInput {
    @NonNull @Description("English.")
    public String en;
    @Description("Chinese (simplified).")
    public String zh;
}
