// A tiny receiver of Assay's webhooks: verifies each delivery's Standard Webhooks signature with the `standardwebhooks`
// package, skips deliveries it has seen (same `webhook-id`), prints the event and answers 204 — or 401 when the
// signature does not verify. See README.md here and docs/api/events-and-webhooks.md#webhooks.
//
//   WEBHOOK_SECRET=whsec_... PORT=8787 node receiver.mjs
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { Webhook } from "standardwebhooks";

/** Starts a receiver; resolves to the listening server. `onEvent` gets each new, verified event. */
export function startReceiver({ secret, port = 8787, host = "127.0.0.1", onEvent = print } = {}) {
  const webhook = new Webhook(secret);
  const seen = new Set();
  const server = createServer((request, response) => {
    if (request.method !== "POST") {
      response.writeHead(405).end();
      return;
    }
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let event;
      try {
        // checks webhook-signature over `${webhook-id}.${webhook-timestamp}.${body}` and that the timestamp is within 5 minutes
        event = webhook.verify(body, {
          "webhook-id": request.headers["webhook-id"],
          "webhook-timestamp": request.headers["webhook-timestamp"],
          "webhook-signature": request.headers["webhook-signature"],
        });
      } catch (error) {
        console.error(`refused a delivery: ${error.message}`);
        response.writeHead(401).end();
        return;
      }
      const id = request.headers["webhook-id"];
      if (!seen.has(id)) {
        seen.add(id);
        onEvent(id, event);
      }
      response.writeHead(204).end();
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

function print(id, event) {
  console.log(`${event.timestamp} ${event.type} (webhook-id ${id})\n${JSON.stringify(event.data, null, 2)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) {
    console.error("Set WEBHOOK_SECRET to the secret registerWebhookEndpoint answered (whsec_...).");
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 8787);
  const server = await startReceiver({ secret, port });
  console.log(`Listening on http://127.0.0.1:${server.address().port}/ — register it with registerWebhookEndpoint.`);
}
