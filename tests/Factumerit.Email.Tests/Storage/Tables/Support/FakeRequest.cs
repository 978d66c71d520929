using System.Diagnostics.CodeAnalysis;
using Azure.Core;

namespace Factumerit.Email.Tests.Storage.Tables.Support;

internal sealed class FakeRequest : Request
{
    private readonly List<HttpHeader> _headers = [];

    public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

    public override void Dispose()
    {
    }

    protected override void AddHeader(string name, string value) => _headers.Add(new HttpHeader(name, value));

    protected override bool ContainsHeader(string name) => _headers.Any(h => Is(h, name));

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers;

    protected override bool RemoveHeader(string name) => _headers.RemoveAll(h => Is(h, name)) > 0;

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
