using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Table SharedKeyLite: HMAC-SHA256 over <c>x-ms-date \n /account/path[?comp=…]</c>.
/// https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key#shared-key-lite-and-table-service-format-for-2009-09-19-and-later
/// </summary>
internal sealed class SharedKeyLitePolicy(AzureNamedKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var (account, key) = credential;
        var date = message.Request.Headers.TryGetValue("x-ms-date", out var d)
            ? d
            : throw new InvalidOperationException("x-ms-date must be set before signing.");
        var signature = Sign(StringToSign(date, account, message.Request.Uri.ToUri()), key);
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {account}:{signature}");
    }

    public static string StringToSign(string date, string account, Uri uri)
    {
        var resource = "/" + account + uri.AbsolutePath;
        var comp = CompParameter(uri.Query);
        return comp is null ? date + "\n" + resource : date + "\n" + resource + "?comp=" + comp;
    }

    public static string Sign(string stringToSign, string base64Key)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(base64Key));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    private static string? CompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq].Equals("comp", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }
        return null;
    }
}
