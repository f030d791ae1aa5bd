package org.assay.framework.governance;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened when an adopted proposal was applied to the draft framework version.")
public enum ApplicationStatus {
    @Description("The change is in the draft version and will be part of the next published version.") APPLIED,
    @Description("The change could not be applied, e.g. the indicator no longer exists or its code is already taken; see the note.") NOT_APPLICABLE
}
