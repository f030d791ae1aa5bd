package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("LocalizedTextChangeInput")
@Description("New texts; an omitted language stays as it is.")
public class LocalizedTextChangeInput {
    @Description("New English text.")
    public String en;
    @Description("New Chinese text.")
    public String zh;
}
