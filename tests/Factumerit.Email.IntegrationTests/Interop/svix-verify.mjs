// Verifies stdin with the official svix library, so the test signer our end-to-end tests use is checked too.
// Usage: node svix-verify.mjs <whsec_secret> <msg_id> <unix_seconds> <signature_header>  (exit 0 when valid)
import { readFileSync } from "node:fs";
import svix from "svix";

const [secret, msgId, seconds, signature] = process.argv.slice(2);
if (!secret || !msgId || !seconds || !signature) {
  console.error("usage: node svix-verify.mjs <whsec_secret> <msg_id> <unix_seconds> <signature_header>");
  process.exit(2);
}
const payload = readFileSync(0).toString("utf8");
try {
  new svix.Webhook(secret).verify(payload, { "svix-id": msgId, "svix-timestamp": seconds, "svix-signature": signature });
  process.stdout.write("valid");
} catch (error) {
  process.stdout.write(`invalid: ${error.message}`);
  process.exit(1);
}
