package org.assay.framework;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/**
 * Why a mutation on the framework (import, publication, drafts, certification schemes and equivalences) was refused
 * ({@code FrameworkUserError.code}). The document codes are those of the import's validation, reported at the
 * problem's JSON path.
 */
@Description("Why a mutation on the framework (import, publication, drafts, certification schemes and equivalences) was refused.")
public enum FrameworkErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text (or the document) is longer than allowed.") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No framework version, certification scheme, indicator or aspect has this id or code (or it is not visible to you).") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The document is not valid JSON.") INVALID_JSON,
    @Description("A value has the wrong JSON type (an object, array, string, number, integer or boolean was expected).") INVALID_TYPE,
    @Description("A value is not one of the allowed values (an enum, a risk type, the number of thresholds).") INVALID_VALUE,
    @Description("A code or version number is not in the required format.") INVALID_FORMAT,
    @Description("A field the document format does not know.") UNKNOWN_FIELD,
    @Description("A number is outside its range (a weight, a maturity level).") OUT_OF_RANGE,
    @Description("A weight has more than 2 decimals.") TOO_PRECISE,
    @Description("Too many items (e.g. references of an indicator).") TOO_MANY,
    @Description("More problems than are reported; the rest are not shown.") TOO_MANY_ERRORS,
    @Description("The field is not allowed here (e.g. a unit or thresholds on an indicator that is not NUMBER; a maturity on a YES_NO indicator).") NOT_ALLOWED,
    @Description("The same item is given twice (a reference, a scheme, an equivalence).") DUPLICATE,
    @Description("An indicator (or theme, topic, aspect) code is used twice in the document.") DUPLICATE_CODE,
    @Description("Threshold values must be strictly ascending.") NOT_ASCENDING,
    @Description("An ESSENTIAL indicator must be scored (TEXT and DOCUMENT indicators are not).") UNSCORED_ESSENTIAL,
    @Description("An equivalence names an indicator that the document (or version) does not have.") UNKNOWN_INDICATOR,
    @Description("An equivalence names a certification scheme that does not exist.") UNKNOWN_SCHEME,
    @Description("The indicator's answer type cannot be answered by a certificate (only YES_NO and MATURITY can).") NOT_CERTIFIABLE,
    @Description("The certification scheme is deactivated.") SCHEME_INACTIVE,
    @Description("The certification scheme is already active.") ALREADY_ACTIVE,
    @Description("The certification scheme is already deactivated.") ALREADY_INACTIVE,
    @Description("A draft version exists already: publish or discard it first.") DRAFT_EXISTS,
    @Description("The version is not the draft.") VERSION_NOT_DRAFT,
    @Description("The draft has no indicators.") EMPTY_DRAFT,
    @Description("Adopted change proposals were applied to the draft; it cannot be discarded.") HAS_ADOPTED_CHANGES
}
