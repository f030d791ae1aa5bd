package org.assay.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.Clock;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends due deliveries, on every replica's scheduler thread ({@code assay.webhooks.deliver-every}), never in a request:
 * claims a batch ({@link WebhookDeliveries#claim}, shared with other workers by {@code SKIP LOCKED}), sends each
 * attempt outside any transaction, records its outcome, and goes on while there is due work (at most
 * {@code assay.webhooks.max-batches} batches per run).
 */
@ApplicationScoped
public class WebhookWorker {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    @Scheduled(identity = "deliver-webhooks", every = "${assay.webhooks.deliver-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue(20);
    }

    /** Delivers what is due now; returns the number of attempts made. */
    public int deliverDue(int maxBatches) {
        int attempts = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            List<WebhookDeliveries.Claim> claims = deliveries.claim(settings.batchSize());
            if (claims.isEmpty()) {
                break;
            }
            for (WebhookDeliveries.Claim claim : claims) {
                attempt(claim);
                attempts++;
            }
        }
        return attempts;
    }

    /** Sends one claimed attempt and records its outcome. */
    public void attempt(WebhookDeliveries.Claim claim) {
        Instant at = clock.now();
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new HashMap<>();
        headers.put("webhook-id", claim.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(claim.secrets(), claim.messageId(), timestamp, claim.body()));
        WebhookSender.Outcome outcome = sender.post(claim.url(), headers, claim.body());
        deliveries.record(claim, outcome, at);
    }
}
