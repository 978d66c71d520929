using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Tests.Storage.Tables.Support;

internal sealed class FakeResponse(int status, string body = "", params (string Name, string Value)[] headers) : Response
{
    private readonly List<HttpHeader> _headers = headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList();

    public override int Status => status;
    public override string ReasonPhrase => status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override Stream? ContentStream { get; set; } = new MemoryStream(Encoding.UTF8.GetBytes(body));
    public override string ClientRequestId { get; set; } = "";

    public static FakeResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, [("Content-Type", "application/json;odata=minimalmetadata"), .. headers]);

    public static FakeResponse Error(int status, string code, string message = "failed") =>
        Json(status, "{\"odata.error\":{\"code\":\"" + code + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"" + message + "\"}}}");

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => _headers.Any(h => Is(h, name));

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = _headers.Where(h => Is(h, name)).Select(h => h.Value).FirstOrDefault();
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = _headers.Where(h => Is(h, name)).Select(h => h.Value).ToList();
        values = found.Count > 0 ? found : null;
        return values is not null;
    }

    private static bool Is(HttpHeader header, string name) => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}
