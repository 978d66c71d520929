using System.Globalization;
using System.Text.Json.Nodes;
using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// Gmail's response shapes, written by hand (not with the client's DTOs) so the two sides do not share
/// mistakes: uint64/int64 fields as strings, empty arrays omitted, bodies as base64url.
/// </summary>
internal static class FakeGmailJson
{
    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static JsonObject Ref(FakeStoredMessage message) => new() { ["id"] = message.Id, ["threadId"] = message.ThreadId };

    public static JsonObject WithLabels(FakeStoredMessage message)
    {
        var json = Ref(message);
        if (message.Labels.Count > 0)
        {
            json["labelIds"] = Strings(message.LabelList);
        }
        return json;
    }

    public static JsonObject Message(FakeStoredMessage message, string format, IReadOnlyCollection<string> metadataHeaders)
    {
        var json = WithLabels(message);
        json["snippet"] = message.Snippet;
        json["sizeEstimate"] = message.Raw.Length;
        json["historyId"] = Number(message.HistoryId);
        json["internalDate"] = message.InternalDate.ToString(CultureInfo.InvariantCulture);
        switch (format)
        {
            case "raw":
                json["raw"] = Base64Url.Encode(message.Raw);
                break;
            case "metadata":
                json["payload"] = new JsonObject
                {
                    ["partId"] = "",
                    ["mimeType"] = message.Payload.MimeType,
                    ["filename"] = "",
                    ["headers"] = Headers(message.Payload, metadataHeaders),
                };
                break;
            case "full":
                json["payload"] = Part(message.Payload);
                break;
        }
        return json;
    }

    public static JsonObject Label(FakeLabel label)
    {
        var json = new JsonObject { ["id"] = label.Id, ["name"] = label.Name, ["type"] = label.Type };
        if (label.MessageListVisibility is { } messages)
        {
            json["messageListVisibility"] = messages;
        }
        if (label.LabelListVisibility is { } labels)
        {
            json["labelListVisibility"] = labels;
        }
        return json;
    }

    public static JsonObject History(FakeHistoryEntry entry)
    {
        var message = new JsonObject { ["id"] = entry.MessageId, ["threadId"] = entry.ThreadId };
        if (entry.LabelsAfter.Count > 0)
        {
            message["labelIds"] = Strings(entry.LabelsAfter);
        }
        var (name, change) = entry.Kind switch
        {
            FakeHistoryKind.MessageAdded => ("messagesAdded", new JsonObject { ["message"] = message }),
            FakeHistoryKind.MessageDeleted => ("messagesDeleted", new JsonObject { ["message"] = message }),
            FakeHistoryKind.LabelAdded => ("labelsAdded", new JsonObject { ["message"] = message, ["labelIds"] = Strings(entry.Changed) }),
            _ => ("labelsRemoved", new JsonObject { ["message"] = message, ["labelIds"] = Strings(entry.Changed) }),
        };
        return new JsonObject
        {
            ["id"] = Number(entry.Id),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = entry.MessageId, ["threadId"] = entry.ThreadId }),
            [name] = new JsonArray(change),
        };
    }

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static JsonObject Part(MessagePart part)
    {
        var body = new JsonObject { ["size"] = part.Body?.Size ?? 0 };
        if (part.Body?.Data is { Length: > 0 } data)
        {
            body["data"] = data;
        }
        var json = new JsonObject
        {
            ["partId"] = part.PartId ?? "",
            ["mimeType"] = part.MimeType,
            ["filename"] = part.Filename ?? "",
            ["headers"] = Headers(part, []),
            ["body"] = body,
        };
        if (part.Parts is { Count: > 0 } parts)
        {
            json["parts"] = new JsonArray([.. parts.Select(p => (JsonNode)Part(p))]);
        }
        return json;
    }

    private static JsonArray Headers(MessagePart part, IReadOnlyCollection<string> only) =>
        new([.. (part.Headers ?? [])
            .Where(h => only.Count == 0 || only.Contains(h.Name ?? "", StringComparer.OrdinalIgnoreCase))
            .Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value })]);
}
