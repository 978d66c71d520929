using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Functions.Health;

/// <summary>
/// The cheapest authenticated reads on each service: list one table, list one queue. Signed with the account key
/// (SharedKeyLite for Tables, SharedKey for Queues) or sent with an Entra bearer token.
/// </summary>
internal static class StorageRequests
{
    private const string TableVersion = "2020-12-06";
    private const string QueueVersion = "2020-10-02";
    private static readonly string[] StorageScope = ["https://storage.azure.com/.default"];

    public static async Task<HttpRequestMessage> ListTablesAsync(StorageConnection connection, DateTimeOffset now, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Base(connection.TableEndpoint) + "Tables?$top=1"));
        var date = now.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", TableVersion);
        request.Headers.Add("Accept", "application/json;odata=nometadata");
        request.Headers.Add("DataServiceVersion", "3.0;NetFx");
        request.Headers.Add("MaxDataServiceVersion", "3.0;NetFx");
        await AuthorizeAsync(request, connection, "SharedKeyLite",
            $"{date}\n/{connection.AccountName}{request.RequestUri!.AbsolutePath}", ct);
        return request;
    }

    public static async Task<HttpRequestMessage> ListQueuesAsync(StorageConnection connection, DateTimeOffset now, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Base(connection.QueueEndpoint) + "?comp=list&maxresults=1"));
        var date = now.ToString("R", CultureInfo.InvariantCulture);
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", QueueVersion);
        // Twelve standard header lines, all empty for a GET without a body, then x-ms-* headers and the resource.
        var stringToSign = "GET\n" + new string('\n', 11) +
            $"x-ms-date:{date}\nx-ms-version:{QueueVersion}\n" +
            $"/{connection.AccountName}{request.RequestUri!.AbsolutePath}\ncomp:list\nmaxresults:1";
        await AuthorizeAsync(request, connection, "SharedKey", stringToSign, ct);
        return request;
    }

    private static string Base(Uri endpoint) => endpoint.AbsoluteUri.TrimEnd('/') + "/";

    private static async Task AuthorizeAsync(HttpRequestMessage request, StorageConnection connection, string scheme,
        string stringToSign, CancellationToken ct)
    {
        if (connection.SharedKey is { } sharedKey)
        {
            var (name, key) = sharedKey;
            using var hmac = new HMACSHA256(Convert.FromBase64String(key));
            var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {name}:{signature}");
        }
        else if (connection.Token is { } credential)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext(StorageScope), ct);
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token.Token}");
        }
    }
}
