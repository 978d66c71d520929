using Factumerit.Email.Providers.Gmail.Credentials;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>What the handlers of the shared Gmail HttpClient need to know about one request.</summary>
internal sealed record GmailRequestContext(GmailCredential Credential, GmailOperation Operation)
{
    public static readonly HttpRequestOptionsKey<GmailRequestContext> Key = new("Factumerit.Gmail.Request");

    public static GmailRequestContext From(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var context)
            ? context
            : throw new InvalidOperationException("Gmail requests must be sent through GmailClient.");
}
