// Usage: node audit.mjs <url> [bearer token]. Prints one JSON line per audit result and exits 0.
import { auditServer } from 'graphql-http';

const [url, token] = process.argv.slice(2);
const fetchFn = token
  ? (u, init = {}) => fetch(u, { ...init, headers: { ...(init.headers || {}), authorization: 'Bearer ' + token } })
  : undefined;
for (const r of await auditServer({ url, fetchFn })) {
  console.log(JSON.stringify({ id: r.id, name: r.name, status: r.status, reason: r.reason || null }));
}
