package org.assay.evidence;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/**
 * Why an evidence upload or download was refused (the {@code code} of the JSON body at {@code /documents}), or why a
 * mutation of another feature refused a document it refers to ({@code DOCUMENT_NOT_FOUND}, reported in that
 * feature's enum).
 */
@Description("Why an evidence upload or download was refused, or why a document a mutation refers to was.")
public enum EvidenceErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (file name: 255 characters).") TOO_LONG,
    @Description("An id is not a valid id.") INVALID_ID,
    @Description("No document you may read has this id: the same answer whether it exists or not.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("A document a mutation refers to does not exist or is not one you may read.") DOCUMENT_NOT_FOUND,
    @Description("The upload has no multipart part named `file`.") FILE_REQUIRED,
    @Description("The file is empty.") EMPTY_FILE,
    @Description("The file is larger than the upload limit.") TOO_LARGE,
    @Description("The content is not one of the accepted types, or not the type declared.") UNSUPPORTED_MEDIA_TYPE,
    @Description("`supplierId` is malformed, names no supplier, or (for a supplier) names another supplier.") INVALID_SUPPLIER_ID,
    @Description("The caller belongs to no organisation.") NOT_A_MEMBER,
    @Description("The caller's organisation is suspended.") ORGANISATION_SUSPENDED
}
