// The events benchmark's receiver (src/bench/events.sh): examples/webhook-receiver's verifying receiver, recording for
// every new event its arrival time, its `timestamp` (when the change happened, in the change's transaction) and type:
//   <arrival epoch ms> <event timestamp ISO> <type> <webhook-id>
// One line per verified, de-duplicated event, to the file in EVENTS_OUT. Needs `npm ci` in examples/webhook-receiver.
//   WEBHOOK_SECRET=whsec_... PORT=8787 EVENTS_OUT=/tmp/arrivals.txt node src/bench/tools/event_receiver.mjs
import { createWriteStream } from "node:fs";
import { startReceiver } from "../../../examples/webhook-receiver/receiver.mjs";

const out = createWriteStream(process.env.EVENTS_OUT);
const server = await startReceiver({
  secret: process.env.WEBHOOK_SECRET,
  port: Number(process.env.PORT ?? 8787),
  onEvent: (id, event) => out.write(`${Date.now()} ${event.timestamp} ${event.type} ${id}\n`),
});
console.log(`listening on ${server.address().port}`);
process.on("SIGTERM", () => { server.close(); out.end(() => process.exit(0)); });
