// The official-SDK half of the storage benchmark (@azure/data-tables, @azure/storage-queue), run with node from the
// repository root. The .NET benchmark drives it in serve mode; one-shot mode is for trying a scenario by hand.
//
//   STORAGE_CONNECTION_STRING=… node benchmarks/node/storage-bench.mjs --serve
//     reads one JSON request per line: {"scenario","connection"?,"resource","iterations","concurrency"}
//     writes one JSON result per line: {"operations","items","elapsedMs","latenciesMs":[…]} or {"error"}
//   node benchmarks/node/storage-bench.mjs --connection "<cs>" --scenario table-insert-get --iterations 200 [--concurrency 8]
//     prepares its own table or queue, runs once, prints one JSON result and cleans up
//
// Scenarios: table-insert-get, table-query, table-batch, queue-round-trip. Entities and messages are the same as
// the .NET side's (BenchEntity.cs, QueueRoundTripScenario.cs), so both clients move the same bytes.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { TableClient, TableServiceClient, odata } from "@azure/data-tables";
import { QueueServiceClient } from "@azure/storage-queue";

const { values: args } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    connection: { type: "string" },
    scenario: { type: "string" },
    iterations: { type: "string", default: "200" },
    concurrency: { type: "string", default: "1" },
  },
});
const connectionString = args.connection ?? process.env.STORAGE_CONNECTION_STRING;
if (!connectionString || (!args.serve && !args.scenario)) {
  console.error("usage: node benchmarks/node/storage-bench.mjs (--serve | --scenario <name> [--iterations N] [--concurrency C]) [--connection <cs>]");
  process.exit(2);
}

// Azurite serves plain http, which the Tables SDK refuses unless told otherwise.
const tableOptions = { allowInsecureConnection: true };
const accounts = new Map();

// One set of clients per storage account and one client per table for the whole process, as an application
// would keep them. A request may name other storage (the driver moves the queue scenario to a fresh emulator).
function account(connection = connectionString) {
  let clients = accounts.get(connection);
  if (!clients) {
    clients = {
      tableService: TableServiceClient.fromConnectionString(connection, tableOptions),
      queueService: QueueServiceClient.fromConnectionString(connection),
      tables: new Map(),
      table(name) {
        let client = this.tables.get(name);
        if (!client) {
          client = TableClient.fromConnectionString(connection, name, tableOptions);
          this.tables.set(name, client);
        }
        return client;
      },
    };
    accounts.set(connection, clients);
  }
  return clients;
}

const PREVIEW = "Hello team, please find the quarterly figures attached. ".repeat(4);
const EPOCH = Date.UTC(2026, 0, 1);
const DIGEST = Uint8Array.from({ length: 32 }, (_, i) => i);
const MESSAGE_TEXT =
  '{"messageId":"<20260101.000000.0001@example.com>","mailbox":"support","attempt":1,"stage":"classify"}';
const QUERY_PARTITION = "q";
const QUERY_ENTITIES = 1000;
const BATCH_SIZE = 100;

const rowKey = (i) => String(i).padStart(6, "0");

function entity(partitionKey, key, i) {
  return {
    partitionKey,
    rowKey: key,
    Subject: `Quarterly report ${i}`,
    Sender: "billing@example.com",
    Preview: PREVIEW,
    Attempts: i % 7,
    SizeBytes: { value: String(1_000_000 + i), type: "Int64" },
    Score: 0.25 + (i % 100) / 1000,
    IsRead: i % 2 === 0,
    ReceivedOn: new Date(EPOCH + i * 1000),
    CorrelationId: { value: randomUUID(), type: "Guid" },
    Digest: DIGEST,
  };
}

async function measure(iterations, concurrency, operation) {
  const latenciesMs = new Array(iterations);
  let next = 0;
  let items = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < iterations; i = next++) {
      const opStarted = performance.now();
      // Awaited first: `items += await …` would read items before the await and lose other workers' counts.
      const handled = await operation(i);
      items += handled;
      latenciesMs[i] = performance.now() - opStarted;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { operations: iterations, items, elapsedMs: performance.now() - started, latenciesMs };
}

const scenarios = {
  "table-insert-get": (storage, table, iterations, concurrency) => {
    const client = storage.table(table);
    return measure(iterations, concurrency, async (i) => {
      const written = entity("p", rowKey(i), i);
      await client.createEntity(written);
      const read = await client.getEntity("p", written.rowKey);
      if (String(read.SizeBytes?.value ?? read.SizeBytes) !== written.SizeBytes.value) throw new Error(`entity ${written.rowKey} read back with other values`);
      return 1;
    });
  },
  "table-query": (storage, table, iterations) => {
    const client = storage.table(table);
    return measure(iterations, 1, async () => {
      const filter = odata`PartitionKey eq ${QUERY_PARTITION}`;
      let count = 0;
      for await (const page of client.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: 1000 })) {
        count += page.length;
      }
      if (count !== QUERY_ENTITIES) throw new Error(`the query returned ${count} entities`);
      return count;
    });
  },
  "table-batch": (storage, table, iterations) => {
    const client = storage.table(table);
    return measure(iterations, 1, async (i) => {
      const partition = `b${i}`;
      const actions = [];
      for (let j = 0; j < BATCH_SIZE; j++) actions.push(["create", entity(partition, rowKey(j), j)]);
      const response = await client.submitTransaction(actions);
      if (response.subResponses.length !== BATCH_SIZE) throw new Error(`the batch answered ${response.subResponses.length} actions`);
      return BATCH_SIZE;
    });
  },
  // Base64 on both sides: our client encodes message text as the Functions host expects; this SDK leaves it to us.
  "queue-round-trip": (storage, queue, iterations) => {
    const client = storage.queueService.getQueueClient(queue);
    return measure(iterations, 1, async () => {
      await client.sendMessage(Buffer.from(MESSAGE_TEXT, "utf8").toString("base64"));
      const { receivedMessageItems } = await client.receiveMessages({ numberOfMessages: 1 });
      const [message] = receivedMessageItems;
      if (receivedMessageItems.length !== 1 || Buffer.from(message.messageText, "base64").toString("utf8") !== MESSAGE_TEXT) {
        throw new Error("the message sent was not the one received");
      }
      await client.deleteMessage(message.messageId, message.popReceipt);
      return 1;
    });
  },
};

async function run({ scenario, connection, resource, iterations, concurrency }) {
  const body = scenarios[scenario];
  if (!body) throw new Error(`unknown scenario '${scenario}'`);
  return body(account(connection), resource, Number(iterations), Number(concurrency ?? 1));
}

// One-shot mode only: serve mode is handed resources the .NET side prepared.
async function prepare(scenario) {
  const { tableService, queueService } = account();
  const name = `bjs${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  if (scenario === "queue-round-trip") {
    await queueService.getQueueClient(name).create();
    return { name, cleanup: () => queueService.getQueueClient(name).delete() };
  }
  await tableService.createTable(name);
  if (scenario === "table-query") {
    for (let start = 0; start < QUERY_ENTITIES; start += BATCH_SIZE) {
      const actions = [];
      for (let i = start; i < start + BATCH_SIZE; i++) actions.push(["create", entity(QUERY_PARTITION, rowKey(i), i)]);
      await account().table(name).submitTransaction(actions);
    }
  }
  return { name, cleanup: () => tableService.deleteTable(name) };
}

if (args.serve) {
  console.log(JSON.stringify({ ready: true }));
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      console.log(JSON.stringify(await run(JSON.parse(line))));
    } catch (error) {
      console.log(JSON.stringify({ error: String(error?.stack ?? error) }));
    }
  }
} else {
  const { name, cleanup } = await prepare(args.scenario);
  try {
    const result = await run({ scenario: args.scenario, resource: name, iterations: args.iterations, concurrency: args.concurrency });
    const opsPerSecond = result.operations / (result.elapsedMs / 1000);
    console.log(JSON.stringify({ scenario: args.scenario, opsPerSecond, ...result, latenciesMs: undefined }));
  } finally {
    await cleanup();
  }
}
