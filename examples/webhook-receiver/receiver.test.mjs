// The receiver accepts a delivery signed by the Standard Webhooks scheme (signed here with node:crypto, from the
// specification), once per webhook-id, and refuses a wrong signature.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac, randomBytes } from "node:crypto";
import { startReceiver } from "./receiver.mjs";

const secret = "whsec_" + randomBytes(32).toString("base64");

function sign(id, timestamp, body, key = secret) {
  const bytes = Buffer.from(key.slice("whsec_".length), "base64");
  return "v1," + createHmac("sha256", bytes).update(`${id}.${timestamp}.${body}`).digest("base64");
}

test("verified deliveries are accepted once per webhook-id, forged ones refused", async () => {
  const received = [];
  const server = await startReceiver({ secret, port: 0, onEvent: (id, event) => received.push([id, event]) });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const body = JSON.stringify({ type: "assessment.published", timestamp: new Date().toISOString(), data: { rating: "A" } });
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const post = (signature, id = "0f5f2b1e-5d1c-4a57-9c3e-3a1d2f4b5c6d") =>
    fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "webhook-id": id,
      "webhook-timestamp": timestamp, "webhook-signature": signature } });
  try {
    assert.equal((await post(sign("0f5f2b1e-5d1c-4a57-9c3e-3a1d2f4b5c6d", timestamp, body))).status, 204);
    assert.equal((await post(sign("0f5f2b1e-5d1c-4a57-9c3e-3a1d2f4b5c6d", timestamp, body))).status, 204);
    // during a secret rotation both signatures come, space-separated: one valid is enough
    const other = "whsec_" + randomBytes(32).toString("base64");
    const both = sign("9", timestamp, body, other) + " " + sign("9", timestamp, body);
    assert.equal((await post(both, "9")).status, 204);
    assert.equal((await post(sign("x", timestamp, body, other), "x")).status, 401);
    assert.deepEqual(received.map(([id]) => id), ["0f5f2b1e-5d1c-4a57-9c3e-3a1d2f4b5c6d", "9"]);
    assert.equal(received[0][1].type, "assessment.published");
  } finally {
    server.close();
  }
});
