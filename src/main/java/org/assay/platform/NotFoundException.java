package org.assay.platform;

import io.smallrye.graphql.api.ErrorCode;

/** Nothing the caller may see exists under that id (deliberately the same answer for "exists but not yours"). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {
    public NotFoundException(String what) {
        super(what + " not found");
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
