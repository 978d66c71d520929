using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

/// <summary>One operation's response inside a <c>$batch</c> response, exposed as an ordinary <see cref="Response"/>.</summary>
internal sealed class BatchItemResponse(int status, string reasonPhrase, IReadOnlyList<HttpHeader> headers, byte[] body)
    : Response
{
    public override int Status => status;
    public override string ReasonPhrase => reasonPhrase;
    public override Stream? ContentStream { get; set; } = new MemoryStream(body, writable: false);
    public override string ClientRequestId { get; set; } = "";

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => headers.Any(h => Is(h, name));

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = headers.FirstOrDefault(h => Is(h, name)).Value;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = headers.Where(h => Is(h, name)).Select(h => h.Value).ToList();
        values = found.Count > 0 ? found : null;
        return values is not null;
    }

    private static bool Is(HttpHeader header, string name) => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}
