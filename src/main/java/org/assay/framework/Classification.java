package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** Whether an indicator must be answered by every assessed supplier. */
@Description("Whether an indicator is essential or optional. Changing the set of essential indicators makes a new major framework version.")
public enum Classification {

    @Description("Must be answered; 'not applicable' only with a justification. A score below the framework's essential floor caps the rating.")
    ESSENTIAL,

    @Description("May be answered or declared not applicable without justification.")
    OPTIONAL
}
