package org.assay.webhook;

import org.eclipse.microprofile.graphql.Description;

/** Why an attempt failed. */
@Description("Why a webhook delivery attempt failed.")
public enum DeliveryFailure {
    @Description("The receiver answered with a status other than 2xx (see `statusCode`).") HTTP_STATUS,
    @Description("The receiver answered with a redirect (3xx): redirects are never followed.") REDIRECT,
    @Description("No complete answer within the timeout.") TIMEOUT,
    @Description("The connection could not be made or broke.") CONNECTION,
    @Description("The TLS handshake failed (e.g. the certificate does not match the host).") TLS,
    @Description("The host resolved to a private, loopback, link-local or otherwise internal address: refused without connecting.") FORBIDDEN_TARGET,
    @Description("The host name did not resolve.") UNRESOLVABLE_HOST
}
