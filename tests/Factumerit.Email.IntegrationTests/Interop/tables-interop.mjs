// Reads and writes one table entity with the official @azure/data-tables SDK, so the .NET tests can check that
// our Table client and the official one agree on every value and every EDM type.
//
//   node tables-interop.mjs read  <table> <partitionKey> <rowKey>
//     prints {"partitionKey":…,"rowKey":…,"properties":{"Name":{"type":"Int64","value":"…"},…}}
//   node tables-interop.mjs write <table> <partitionKey> <rowKey>
//     writes the properties given in TABLES_ENTITY_JSON ({"Name":{"type":…,"value":…}}) as native JS values
//
// The connection string comes from TABLES_CONNECTION_STRING.
import { TableClient } from "@azure/data-tables";

const [mode, table, partitionKey, rowKey] = process.argv.slice(2);
const connectionString = process.env.TABLES_CONNECTION_STRING;
if (!mode || !table || partitionKey === undefined || rowKey === undefined || !connectionString) {
  console.error("usage: TABLES_CONNECTION_STRING=… node tables-interop.mjs read|write <table> <partitionKey> <rowKey>");
  process.exit(2);
}

// Azurite serves plain http, which the SDK refuses unless told otherwise.
const client = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
const systemNames = new Set(["partitionKey", "rowKey", "etag", "timestamp", "odata.metadata"]);

// Each value as the SDK's users would naturally write it, so the SDK's own serializer picks the annotations.
function toNative({ type, value }) {
  switch (type) {
    case "String": return value;
    case "Boolean": return value === "true";
    case "Int32": return Number(value);
    case "Int64": return BigInt(value);
    case "Double": return Number.isInteger(Number(value)) ? { value, type: "Double" } : Number(value);
    case "DateTime": return new Date(value);
    case "Guid": return { value, type: "Guid" };
    case "Binary": return new Uint8Array(Buffer.from(value, "base64"));
    default: throw new Error(`unsupported type ${type}`);
  }
}

if (mode === "read") {
  const entity = await client.getEntity(partitionKey, rowKey, { disableTypeConversion: true });
  const properties = {};
  for (const [name, typed] of Object.entries(entity)) {
    if (!systemNames.has(name)) {
      properties[name] = { type: typed.type, value: String(typed.value) };
    }
  }
  console.log(JSON.stringify({ partitionKey: entity.partitionKey, rowKey: entity.rowKey, properties }));
} else if (mode === "write") {
  const spec = JSON.parse(process.env.TABLES_ENTITY_JSON ?? "{}");
  const entity = { partitionKey, rowKey };
  for (const [name, typed] of Object.entries(spec)) {
    entity[name] = toNative(typed);
  }
  await client.createEntity(entity);
  console.log(JSON.stringify({ written: Object.keys(spec).length }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
