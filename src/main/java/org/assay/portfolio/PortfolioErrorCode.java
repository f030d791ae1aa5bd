package org.assay.portfolio;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a portfolio mutation, or one row of a bulk addition, was refused ({@code PortfolioUserError.code}, {@code PortfolioRowError.code}). */
@Description("Why a portfolio mutation, or one row of a bulk addition, was refused.")
public enum PortfolioErrorCode implements ErrorCode {
    @Description("A required value is missing or blank (a row without `supplierId`, a bulk addition without rows).") REQUIRED,
    @Description("A text is longer than allowed (`internalId`: 64 characters, `category`: 100).") TOO_LONG,
    @Description("An id is not a valid id of the expected type.") INVALID_ID,
    @Description("No active supplier, or no entry of your portfolio, has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("More than 1,000 rows in one bulk addition.") TOO_MANY_ROWS,
    @Description("The supplier is suspended on the platform.") SUPPLIER_SUSPENDED,
    @Description("The supplier is already in your portfolio (use `updatePortfolioEntry` to change its tags).") ALREADY_IN_PORTFOLIO,
    @Description("The same supplier appears in an earlier row of this bulk addition.") DUPLICATE_ROW,
    @Description("Another supplier in your portfolio (or an earlier row) already has this internal id.") DUPLICATE_INTERNAL_ID
}
