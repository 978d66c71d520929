using Factumerit.Email.Tests.Support;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Tests.Storage.Tables.Support;

internal static class TestTables
{
    public const string Account = "devstoreaccount1";
    public const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    public const string Endpoint = "http://127.0.0.1:10002/devstoreaccount1";
    public static readonly DateTimeOffset Now = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
    public const string NowRfc1123 = "Tue, 02 Jan 2024 03:04:05 GMT";

    public static TableClientOptions Options(FakeTableTransport transport, TimeProvider? clock = null)
    {
        var options = new TableClientOptions { Transport = transport, TimeProvider = clock ?? new FakeTimeProvider(Now) };
        options.Retry.MaxRetries = 0;
        return options;
    }

    public static StorageConnection Connection(string endpoint = Endpoint) =>
        StorageConnection.Parse($"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};TableEndpoint={endpoint};QueueEndpoint={endpoint}");

    public static TableClient Client(FakeTableTransport transport, string table = "orders") =>
        new TableServiceClient(Connection(), Options(transport)).GetTableClient(table);
}
