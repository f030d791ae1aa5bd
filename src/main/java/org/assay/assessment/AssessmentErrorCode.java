package org.assay.assessment;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why an assessment mutation was refused ({@code AssessmentUserError.code}). */
@Description("Why an assessment mutation (request, assignment, answers, findings, submission, publication, correction, certificates) was refused.")
public enum AssessmentErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (texts, comments and justifications: 2,000 characters; a finding's title: 300).") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No object with this id that you may work on (an assessment, supplier, site or certificate).") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The supplier is suspended on the platform.") SUPPLIER_SUSPENDED,
    @Description("No framework version is published yet.") NO_PUBLISHED_FRAMEWORK,
    @Description("The supplier's assessments changed while requesting; retry.") CONCURRENT_CHANGE,
    @Description("The assessment is already assigned to a body.") ALREADY_ASSIGNED,
    @Description("No active accreditation of the body covers the method, minerals and country (or it is no assessment body).") NOT_ACCREDITED,
    @Description("The body or the supplier declared a conflict of interest with the other.") CONFLICT_OF_INTEREST,
    @Description("The body's organisation is suspended on the platform.") BODY_SUSPENDED,
    @Description("The body performed the supplier's last consecutive audits; another body must be assigned.") ROTATION,
    @Description("No accredited, conflict-free body outside rotation covers the assessment.") NO_ELIGIBLE_BODY,
    @Description("You are not the party that does this (the supplier for self-assessments, the assigned body otherwise, the operator or publishing body for corrections).") NOT_ALLOWED,
    @Description("The assessment is published (or superseded) and never changes: correct it with a new assessment.") ASSESSMENT_PUBLISHED,
    @Description("The assessment's status does not allow this.") WRONG_STATE,
    @Description("More answers than allowed in one call (500).") TOO_MANY,
    @Description("The same indicator (or certificate) appears twice.") DUPLICATE,
    @Description("No indicator with this code in the assessment's framework version.") UNKNOWN_INDICATOR,
    @Description("The indicator exists but does not apply to the assessment's scope (stages, minerals, CAHRA status).") NOT_APPLICABLE_TO_SCOPE,
    @Description("No document with this id that you may use here.") DOCUMENT_NOT_FOUND,
    @Description("An answer marked not applicable carries a value.") CONFLICTING_ANSWER,
    @Description("Marking an indicator not applicable needs a justification.") JUSTIFICATION_REQUIRED,
    @Description("The answer has no value of the indicator's type.") ANSWER_REQUIRED,
    @Description("The value does not match the indicator's answer type.") WRONG_ANSWER_TYPE,
    @Description("A number or maturity level is outside its allowed range.") OUT_OF_RANGE,
    @Description("The number is given in another unit than the indicator's.") UNIT_MISMATCH,
    @Description("An applicable essential indicator is neither answered nor marked not applicable with a justification.") ESSENTIAL_UNANSWERED,
    @Description("The idempotency key is not 1–200 characters.") INVALID_IDEMPOTENCY_KEY,
    @Description("The idempotency key was used before for another input.") IDEMPOTENCY_KEY_REUSED,
    @Description("The certificate-recognition assessment's certificate is not verified.") CERTIFICATE_NOT_VERIFIED,
    @Description("The certificate expired.") CERTIFICATE_EXPIRED,
    @Description("The certificate is not valid today.") CERTIFICATE_NOT_VALID,
    @Description("A correction of this assessment is already under way.") CORRECTION_IN_PROGRESS,
    @Description("Another open assessment of the same scope and method exists.") OPEN_ASSESSMENT_EXISTS,
    @Description("Certificates are verified in a CERTIFICATE_RECOGNITION assessment only.") WRONG_METHOD,
    @Description("Not a recognised certificate scheme.") UNKNOWN_SCHEME,
    @Description("The end of validity is not after its start.") INVALID_PERIOD
}
