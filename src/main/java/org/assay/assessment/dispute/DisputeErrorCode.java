package org.assay.assessment.dispute;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a dispute mutation was refused ({@code DisputeUserError.code}). */
@Description("Why a finding-dispute mutation was refused.")
public enum DisputeErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not an id of the expected type.") INVALID_ID,
    @Description("Nothing you may act on has this id: an unknown finding, or one of another organisation's assessment (the same answer).") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("A reason is needed: why the finding is disputed, or why it is upheld or withdrawn.") REASON_REQUIRED,
    @Description("The finding's assessment is not published (or has been superseded): only findings of the published assessment can be disputed.") NOT_PUBLISHED,
    @Description("The dispute window (assay.disputes.window after publication, 30 days by default) has closed.") WINDOW_CLOSED,
    @Description("The finding is already disputed: one dispute per finding.") ALREADY_DISPUTED,
    @Description("The finding is not disputed: there is nothing to decide.") NOT_DISPUTED,
    @Description("The dispute is already decided: a decision is final.") ALREADY_DECIDED,
    @Description("An evidence document is not one your organisation uploaded or that is about it: upload it first.") DOCUMENT_NOT_FOUND
}
