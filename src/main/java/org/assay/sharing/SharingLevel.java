package org.assay.sharing;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of its results a supplier shares.")
public enum SharingLevel {
    @Description("Rating, overall and theme scores, validity, counts of findings by severity.") SUMMARY,
    @Description("Everything in SUMMARY plus indicator answers, comments, findings and evidence documents.") FULL;

    public boolean covers(SharingLevel needed) {
        return ordinal() >= needed.ordinal();
    }
}
