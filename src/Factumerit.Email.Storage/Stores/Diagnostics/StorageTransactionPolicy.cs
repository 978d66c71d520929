using Azure.Core;
using Azure.Core.Pipeline;

namespace Factumerit.Email.Storage.Stores.Diagnostics;

/// <summary>Runs just before the transport, so each retry is counted as the separate transaction it is.</summary>
public sealed class StorageTransactionPolicy(StorageTransactionMeter meter, string service) : HttpPipelineSynchronousPolicy
{
    public const string TableService = "table";
    public const string QueueService = "queue";

    /// <summary>Adds the policy to a client's options; returns the options for chaining.</summary>
    public static T AddTo<T>(T options, StorageTransactionMeter meter, string service)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(new StorageTransactionPolicy(meter, service), HttpPipelinePosition.BeforeTransport);
        return options;
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;
        var operation = service == TableService
            ? StorageOperations.Table(request.Method, request.Uri.Path, request.Headers.Contains(HttpHeader.Names.IfMatch))
            : StorageOperations.Queue(request.Method, request.Uri.Path, request.Uri.Query);
        meter.Record(service, operation);
    }
}
