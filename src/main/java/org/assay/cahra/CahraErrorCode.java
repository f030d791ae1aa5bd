package org.assay.cahra;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a CAHRA list import was refused ({@code CahraUserError.code}). */
@Description("Why a CAHRA list import was refused.")
public enum CahraErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (source 200, version 50, region 200 characters).") TOO_LONG,
    @Description("An id is not a CAHRA list id.") INVALID_ID,
    @Description("No CAHRA list has this id.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The CSV cannot be read (e.g. an unclosed quote), or its header is not `country,region`.") INVALID_CSV,
    @Description("A row's country is not an ISO 3166-1 alpha-2 code.") INVALID_COUNTRY,
    @Description("A row names the same country and region as an earlier row.") DUPLICATE_ENTRY,
    @Description("The list has more rows than one import takes (10 000).") TOO_MANY_ROWS,
    @Description("This source already has a list with this version: versions never change, import a new one.") VERSION_EXISTS
}
