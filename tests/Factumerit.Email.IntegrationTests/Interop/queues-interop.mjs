// Interop with the official @azure/storage-queue SDK, driven by QueueInteropTests.
// Input (stdin, JSON): {"connectionString", "queue", "action": "send" | "receive", "texts": [...]}.
// Output (stdout, JSON): {"texts": [...]} for "receive", {"sent": n} for "send".
// The JS SDK does no message encoding, so this side applies base64 itself, as the Functions host expects.
import { QueueServiceClient } from "@azure/storage-queue";

const input = JSON.parse(await readStdin());
const queue = QueueServiceClient.fromConnectionString(input.connectionString).getQueueClient(input.queue);

if (input.action === "send") {
  for (const text of input.texts) {
    await queue.sendMessage(Buffer.from(text, "utf8").toString("base64"));
  }
  console.log(JSON.stringify({ sent: input.texts.length }));
} else if (input.action === "receive") {
  const texts = [];
  for (;;) {
    const { receivedMessageItems } = await queue.receiveMessages({ numberOfMessages: 32 });
    if (receivedMessageItems.length === 0) break;
    for (const message of receivedMessageItems) {
      texts.push(Buffer.from(message.messageText, "base64").toString("utf8"));
      await queue.deleteMessage(message.messageId, message.popReceipt);
    }
  }
  console.log(JSON.stringify({ texts }));
} else {
  throw new Error(`Unknown action '${input.action}'.`);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
