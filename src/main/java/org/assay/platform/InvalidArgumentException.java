package org.assay.platform;

import io.smallrye.graphql.api.ErrorCode;

/** A query argument that cannot be served (page size over the cap, malformed cursor or id). */
@ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiException {
    public InvalidArgumentException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "INVALID_ARGUMENT";
    }
}
