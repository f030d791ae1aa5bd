package org.assay.cap;

import org.eclipse.microprofile.graphql.Description;

/** What a corrective action answers. */
@Description("What a corrective action answers.")
public enum ActionOrigin {
    @Description("A finding of a published assessment (opened at publication).") FINDING,
    @Description("A grievance about the supplier: the supplier committed to it in response (issue 14).") GRIEVANCE
}
