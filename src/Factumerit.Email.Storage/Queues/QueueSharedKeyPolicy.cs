using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// SharedKey authorization with the Blob/Queue string-to-sign (not the Table SharedKeyLite form).
/// It runs per retry, after every policy that adds <c>x-ms-*</c> headers, so the signature covers what is sent.
/// See https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key.
/// </summary>
internal sealed class QueueSharedKeyPolicy(AzureNamedKeyCredential credential, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        request.Headers.SetValue("x-ms-date", timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        var (account, key) = credential;
        var signature = Sign(StringToSign(request, account), key);
        request.Headers.SetValue("Authorization", $"SharedKey {account}:{signature}");
    }

    internal static string Sign(string stringToSign, string base64Key) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(base64Key), Encoding.UTF8.GetBytes(stringToSign)));

    internal static string StringToSign(Request request, string account)
    {
        long length = 0;
        if (request.Content is not null && !request.Content.TryComputeLength(out length))
        {
            throw new InvalidOperationException("SharedKey signing needs a request body of known length.");
        }
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Header(request, "Content-Encoding")).Append('\n')
            .Append(Header(request, "Content-Language")).Append('\n')
            .Append(length == 0 ? "" : length.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Header(request, "Content-MD5")).Append('\n')
            .Append(Header(request, "Content-Type")).Append('\n')
            .Append('\n') // Date: x-ms-date is sent instead.
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');

        foreach (var header in request.Headers
                     .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
                     .Select(h => (Name: h.Name.ToLowerInvariant(), Value: h.Value.Trim()))
                     .OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            builder.Append(header.Name).Append(':').Append(header.Value).Append('\n');
        }

        var uri = request.Uri.ToUri();
        builder.Append('/').Append(account).Append(uri.AbsolutePath);
        foreach (var (name, values) in CanonicalQuery(uri.Query))
        {
            builder.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }
        return builder.ToString();
    }

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : "";

    private static IEnumerable<(string Name, List<string> Values)> CanonicalQuery(string query)
    {
        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).ToLowerInvariant();
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (!parameters.TryGetValue(name, out var values))
            {
                parameters[name] = values = [];
            }
            values.Add(value);
        }
        return parameters.Select(p => (p.Key, p.Value.Order(StringComparer.Ordinal).ToList()));
    }
}
