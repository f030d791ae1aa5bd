package org.assay.platform;

/** Nothing the caller may see exists under that id (deliberately the same answer for "exists but not yours"). */
@io.smallrye.graphql.api.ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String what) {
        super(RequestErrorCode.NOT_FOUND, what + " not found");
    }
}
