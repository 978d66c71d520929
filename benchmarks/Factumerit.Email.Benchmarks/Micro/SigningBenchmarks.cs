using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using BenchmarkDotNet.Attributes;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Micro;

/// <summary>The per-request (and per-retry) signing policies, as the pipeline runs them.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private readonly AzureNamedKeyCredential _key =
        new(StorageConnection.DevelopmentAccountName, StorageConnection.DevelopmentAccountKey);

    private HttpMessage _tableRequest = null!;
    private HttpMessage _queueRequest = null!;
    private SharedKeyLitePolicy _tablePolicy = null!;
    private QueueSharedKeyPolicy _queuePolicy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = HttpPipelineBuilder.Build(new TableClientOptions());
        _tableRequest = pipeline.CreateMessage();
        _tableRequest.Request.Method = RequestMethod.Get;
        _tableRequest.Request.Uri.Reset(new Uri(
            "http://127.0.0.1:10002/devstoreaccount1/messages(PartitionKey='support',RowKey='000042')"));
        _tableRequest.Request.Headers.SetValue("x-ms-date", "Thu, 01 Jan 2026 00:00:00 GMT");
        _tablePolicy = new SharedKeyLitePolicy(_key);

        _queueRequest = pipeline.CreateMessage();
        _queueRequest.Request.Method = RequestMethod.Delete;
        _queueRequest.Request.Uri.Reset(new Uri("http://127.0.0.1:10001/devstoreaccount1/jobs/messages/3b0c1c3e-5f6a-4c1e-9d7a-0f4e2b8c9a10"));
        _queueRequest.Request.Uri.AppendQuery("popreceipt", "AgAAAAMAAAAAAAAA9Yq2wq0F3AE=", escapeValue: true);
        _queueRequest.Request.Headers.SetValue("x-ms-version", QueueClientOptions.DefaultServiceVersion);
        _queuePolicy = new QueueSharedKeyPolicy(_key, TimeProvider.System);
    }

    [Benchmark(Description = "Table SharedKeyLite sign (policy)")]
    public void TableSharedKeyLite() => _tablePolicy.OnSendingRequest(_tableRequest);

    [Benchmark(Description = "Queue SharedKey sign (policy, incl. x-ms-date)")]
    public void QueueSharedKey() => _queuePolicy.OnSendingRequest(_queueRequest);

    [GlobalCleanup]
    public void Cleanup()
    {
        _tableRequest.Dispose();
        _queueRequest.Dispose();
    }
}
