package org.assay.platform;

/** A query argument that cannot be served (page size over the cap, malformed cursor or id). */
@io.smallrye.graphql.api.ErrorCode("INVALID_ARGUMENT")
public class InvalidArgumentException extends ApiException {
    public InvalidArgumentException(String message) {
        super(RequestErrorCode.INVALID_ARGUMENT, message);
    }
}
