// Signs stdin with the official svix library, so our verifier is checked against an independent implementation.
// Usage: node svix-sign.mjs <whsec_secret> <msg_id> <unix_seconds>  (prints the svix-signature header value)
import { readFileSync } from "node:fs";
import svix from "svix";

const [secret, msgId, seconds] = process.argv.slice(2);
if (!secret || !msgId || !seconds) {
  console.error("usage: node svix-sign.mjs <whsec_secret> <msg_id> <unix_seconds>");
  process.exit(2);
}
const payload = readFileSync(0);
const webhook = new svix.Webhook(secret);
process.stdout.write(webhook.sign(msgId, new Date(Number(seconds) * 1000), payload));
