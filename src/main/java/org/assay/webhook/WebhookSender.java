package org.assay.webhook;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.net.ssl.SSLException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one webhook request with Vert.x's HTTP client (blocking the calling worker thread until it is answered, never
 * an event-loop or request thread): the host is resolved first and <em>every</em> address it resolves to is checked
 * against the {@link TargetAddressRule}; the connection then goes to the checked address (TLS still verifies the
 * certificate against the host name, sent as SNI), so a DNS answer that changes between check and connect (rebinding)
 * cannot redirect it. Short connect and overall timeouts; redirects are never followed (a 3xx is a failure).
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    Vertx vertx;

    @Inject
    WebhookSettings settings;

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private volatile HttpClient client;

    /** What an attempt came to. */
    public record Outcome(boolean succeeded, Integer statusCode, DeliveryFailure failure, int latencyMs) {
    }

    public Outcome post(String url, Map<String, String> headers, String body) {
        long start = System.nanoTime();
        TargetAddressRule rule = settings.targetRule();
        if (rule.checkUrl(url).isPresent()) {
            return failed(null, DeliveryFailure.FORBIDDEN_TARGET, start);
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            return failed(null, DeliveryFailure.UNRESOLVABLE_HOST, start);
        }
        boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        for (InetAddress a : addresses) {
            if (!rule.allowed(a, port)) {
                return failed(null, DeliveryFailure.FORBIDDEN_TARGET, start);
            }
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(addresses[0], port)))
                .setHost(bareHost).setPort(port).setSsl(https).setURI(path)
                .setFollowRedirects(false)
                .setConnectTimeout(settings.connectTimeout().toMillis())
                .setTimeout(settings.timeout().toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("user-agent", "Assay-Webhooks/1");
        headers.forEach(options::putHeader);
        Future<Integer> answered = client().request(options)
                .compose(request -> request.send(body))
                // The status line is the outcome: the body is never read (Vert.x drops it). Waiting for the response's
                // end instead raced: when the pooled connection's event loop is not the request's, the response could
                // end before a handler was attached, and end() then threw (a 500 recorded without its status).
                .map(response -> response.statusCode());
        try {
            int status = answered.toCompletionStage().toCompletableFuture()
                    .get(settings.connectTimeout().plus(settings.timeout()).toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (status >= 200 && status < 300) {
                return new Outcome(true, status, null, millisSince(start));
            }
            return failed(status, status >= 300 && status < 400 ? DeliveryFailure.REDIRECT : DeliveryFailure.HTTP_STATUS, start);
        } catch (TimeoutException e) {
            return failed(null, DeliveryFailure.TIMEOUT, start);
        } catch (ExecutionException e) {
            LOG.debugf(e.getCause(), "webhook delivery to %s failed", url);
            return failed(null, classify(e.getCause()), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(null, DeliveryFailure.CONNECTION, start);
        }
    }

    static DeliveryFailure classify(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SSLException) {
                return DeliveryFailure.TLS;
            }
            if (c instanceof TimeoutException || c.getClass().getSimpleName().contains("Timeout")) {
                return DeliveryFailure.TIMEOUT;
            }
        }
        return DeliveryFailure.CONNECTION;
    }

    private static Outcome failed(Integer status, DeliveryFailure failure, long start) {
        return new Outcome(false, status, failure, millisSince(start));
    }

    private static int millisSince(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setForceSni(true)
                            .setVerifyHost(true)
                            .setMaxPoolSize(8)
                            .setKeepAlive(true)
                            .setKeepAliveTimeout(30));
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
