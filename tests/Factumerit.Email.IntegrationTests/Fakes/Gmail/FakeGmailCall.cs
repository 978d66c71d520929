using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// One routed request with Google's strictness: unknown query parameters and unknown body fields are 400s,
/// enums and numbers are checked, as the real API's request binding does.
/// </summary>
internal sealed class FakeGmailCall(IQueryCollection query, JsonObject? body, string[] segments, DateTimeOffset now)
{
    // Parameters every Google API accepts.
    private static readonly string[] Standard = ["alt", "fields", "prettyPrint", "quotaUser", "key", "$.xgafv", "callback", "upload_protocol", "uploadType"];

    public JsonObject? Body { get; } = body;
    public DateTimeOffset Now { get; } = now;

    public string Segment(int index) => segments[index];

    public void AllowQuery(params string[] names)
    {
        foreach (var key in query.Keys)
        {
            if (!names.Contains(key, StringComparer.Ordinal) && !Standard.Contains(key, StringComparer.Ordinal))
            {
                throw FakeGmailError.BadRequest(
                    $"Invalid JSON payload received. Unknown name \"{key}\": Cannot bind query parameter. Field '{key}' could not be found in request message.",
                    "invalid");
            }
        }
    }

    public string? Query(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;

    public IReadOnlyList<string> QueryAll(string name) =>
        query.TryGetValue(name, out var values) ? [.. values.OfType<string>()] : [];

    public string Enum(string name, string fallback, params string[] allowed)
    {
        var value = Query(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw FakeGmailError.BadRequest($"Invalid value at '{name}' ({value})", "invalid");
    }

    public int PageSize(int fallback = 100)
    {
        var text = Query("maxResults");
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw FakeGmailError.BadRequest($"Invalid value at 'max_results' ({text})", "invalid");
        }
        return value is >= 1 and <= 500 ? value : throw FakeGmailError.BadRequest("Invalid maxResults: must be between 1 and 500.");
    }

    public int PageOffset()
    {
        var token = Query("pageToken");
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }
        return token.StartsWith("pt", StringComparison.Ordinal) && int.TryParse(token[2..], CultureInfo.InvariantCulture, out var offset) && offset >= 0
            ? offset
            : throw FakeGmailError.BadRequest("Invalid pageToken");
    }

    public JsonObject RequireBody(params string[] allowedFields)
    {
        if (Body is null)
        {
            throw FakeGmailError.BadRequest("Invalid JSON payload received. Expected an object.");
        }
        CheckFields(Body, "", allowedFields);
        return Body;
    }

    public static void CheckFields(JsonObject json, string prefix, string[] allowed)
    {
        foreach (var (key, _) in json)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw FakeGmailError.BadRequest($"Invalid JSON payload received. Unknown name \"{key}\" at '{prefix}': Cannot find field.", "invalid");
            }
        }
    }

    public static IReadOnlyList<string> StringList(JsonObject json, string name)
    {
        var node = json[name];
        if (node is null)
        {
            return [];
        }
        if (node is not JsonArray array || array.Any(item => item is not JsonValue value || value.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            throw FakeGmailError.BadRequest($"Invalid value at '{name}': expected a list of strings.", "invalid");
        }
        return [.. array.Select(item => item!.GetValue<string>())];
    }

    public static JsonObject Page(string name, IReadOnlyList<JsonNode> all, int offset, int size)
    {
        var page = all.Skip(offset).Take(size).Select(n => n.DeepClone()).ToArray();
        var json = new JsonObject();
        if (page.Length > 0)
        {
            json[name] = new JsonArray(page);
        }
        if (offset + size < all.Count)
        {
            json["nextPageToken"] = "pt" + (offset + size).ToString(CultureInfo.InvariantCulture);
        }
        json["resultSizeEstimate"] = all.Count;
        return json;
    }
}
