namespace Factumerit.Email.Tests.Storage.Tables.Support;

/// <summary>What the client put on the wire, captured when the transport was asked to send it.</summary>
internal sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"The request has no {name} header.");
}
