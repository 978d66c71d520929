using System.Text.Json;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

/// <summary>Reads the code and message of a Table error body: <c>{"odata.error":{"code":…,"message":{"value":…}}}</c>.</summary>
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var headerCode = response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;
        var (bodyCode, message) = response.Content is { } content ? Read(content.ToMemory()) : (null, null);
        error = new ResponseError(bodyCode ?? headerCode, message ?? response.ReasonPhrase);
        return true;
    }

    /// <summary>Best effort: a body that is not the documented JSON yields no details rather than a second error.</summary>
    public static (string? Code, string? Message) Read(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("odata.error", out var err) || err.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            var code = err.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            string? message = null;
            if (err.TryGetProperty("message", out var m))
            {
                message = m.ValueKind switch
                {
                    JsonValueKind.Object when m.TryGetProperty("value", out var v) => v.GetString(),
                    JsonValueKind.String => m.GetString(),
                    _ => null,
                };
            }
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
