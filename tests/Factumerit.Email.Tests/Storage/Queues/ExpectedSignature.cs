using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Tests.Storage.Queues;

/// <summary>
/// The Blob/Queue SharedKey signature, written out in the test from the documented string-to-sign so it checks
/// the client rather than repeating it.
/// </summary>
internal static class ExpectedSignature
{
    public static string For(RecordedRequest request, string account, string key)
    {
        string H(string name) => request.Header(name) ?? "";
        var length = H("Content-Length") is "0" ? "" : H("Content-Length");
        var lines = new List<string>
        {
            request.Method, H("Content-Encoding"), H("Content-Language"), length, H("Content-MD5"), H("Content-Type"),
            "", H("If-Modified-Since"), H("If-Match"), H("If-None-Match"), H("If-Unmodified-Since"), H("Range"),
        };
        var msHeaders = request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Name.ToLowerInvariant() + ":" + h.Value.Trim())
            .Order(StringComparer.Ordinal);
        var resource = "/" + account + request.Uri.AbsolutePath;
        var query = request.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Name: Uri.UnescapeDataString(p[0]).ToLowerInvariant(), Value: Uri.UnescapeDataString(p.ElementAtOrDefault(1) ?? "")))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => "\n" + p.Name + ":" + p.Value);
        var stringToSign = string.Join("\n", lines) + "\n" + string.Concat(msHeaders.Select(h => h + "\n")) + resource + string.Concat(query);
        var mac = HMACSHA256.HashData(Convert.FromBase64String(key), Encoding.UTF8.GetBytes(stringToSign));
        return $"SharedKey {account}:{Convert.ToBase64String(mac)}";
    }
}
