package org.assay.webhook;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The {@code assay.webhooks.*} settings (docs/operations.md "Webhooks"). */
@ApplicationScoped
public class WebhookSettings {

    @ConfigProperty(name = "assay.webhooks.retry-schedule", defaultValue = "5s,5m,30m,2h,5h,10h,10h")
    String retrySchedule;

    @ConfigProperty(name = "assay.webhooks.retry-jitter", defaultValue = "0.2")
    double retryJitter;

    @ConfigProperty(name = "assay.webhooks.disable-after", defaultValue = "24h")
    Duration disableAfter;

    @ConfigProperty(name = "assay.webhooks.secret-overlap", defaultValue = "24h")
    Duration secretOverlap;

    @ConfigProperty(name = "assay.webhooks.connect-timeout", defaultValue = "3s")
    Duration connectTimeout;

    @ConfigProperty(name = "assay.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "assay.webhooks.lease", defaultValue = "2m")
    Duration lease;

    @ConfigProperty(name = "assay.webhooks.batch-size", defaultValue = "20")
    int batchSize;

    @ConfigProperty(name = "assay.webhooks.allow-loopback", defaultValue = "false")
    boolean allowLoopback;

    @ConfigProperty(name = "assay.webhooks.trusted-targets")
    java.util.Optional<String> trustedTargets;

    private volatile RetrySchedule schedule;
    private volatile java.util.Set<java.net.InetSocketAddress> trusted;

    /** A malformed {@code assay.webhooks.trusted-targets} stops the service at start, not at the first delivery. */
    void checkAtStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        targetRule();
    }

    public RetrySchedule retrySchedule() {
        RetrySchedule s = schedule;
        if (s == null) {
            s = schedule = RetrySchedule.parse(retrySchedule, retryJitter);
        }
        return s;
    }

    /**
     * The SSRF rule in force. Loopback targets (and http to them) are allowed only when configured <em>and</em> the
     * service runs in dev or test mode: a production build ({@code quarkus.profile=prod}) never allows them. The operator's
     * exact exceptions ({@code assay.webhooks.trusted-targets}) hold in every mode.
     */
    public TargetAddressRule targetRule() {
        java.util.Set<java.net.InetSocketAddress> t = trusted;
        if (t == null) {
            t = trusted = TargetAddressRule.parseTrusted(trustedTargets.orElse(""));
        }
        return new TargetAddressRule(allowLoopback && LaunchMode.current().isDevOrTest(), t);
    }

    public Duration disableAfter() {
        return disableAfter;
    }

    public Duration secretOverlap() {
        return secretOverlap;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public Duration lease() {
        return lease;
    }

    public int batchSize() {
        return batchSize;
    }
}
