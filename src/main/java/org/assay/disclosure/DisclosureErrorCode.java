package org.assay.disclosure;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a disclosure mutation was refused ({@code DisclosureUserError.code}). */
@Description("Why a public-disclosure mutation was refused.")
public enum DisclosureErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed.") TOO_LONG,
    @Description("An id is not an id of the expected type.") INVALID_ID,
    @Description("Nothing you may see has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The address name must be 3–80 lower-case letters, digits and single hyphens (e.g. `kolwezi-cobalt`).") INVALID_SLUG,
    @Description("Another supplier already publishes under this address name.") SLUG_TAKEN
}
