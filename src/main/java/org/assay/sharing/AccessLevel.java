package org.assay.sharing;

import org.eclipse.microprofile.graphql.Description;

@Description("What the caller may see of a supplier's results right now.")
public enum AccessLevel {
    @Description("Nothing is shared with you: only the public profile.") NOT_SHARED,
    @Description("Summary: rating, scores, validity, finding counts.") SUMMARY,
    @Description("Full: also answers, findings and evidence.") FULL;

    public static AccessLevel of(SharingLevel level) {
        return level == null ? NOT_SHARED : (level == SharingLevel.FULL ? FULL : SUMMARY);
    }

    public boolean covers(SharingLevel needed) {
        return this != NOT_SHARED && (this == FULL || needed == SharingLevel.SUMMARY);
    }
}
