using Azure.Core;
using Azure.Core.Pipeline;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// The Queue service of one storage account, shaped like <c>Azure.Storage.Queues.QueueServiceClient</c>
/// (that package does not restore here). One instance owns the HTTP pipeline; its queue clients share it.
/// </summary>
public sealed class QueueServiceClient
{
    /// <summary>The Entra ID scope for Azure Storage data-plane calls.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private readonly HttpPipeline _pipeline;

    public QueueServiceClient(StorageConnection connection, QueueClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new QueueClientOptions();
        Uri = connection.QueueEndpoint;
        AccountName = connection.AccountName;
        HttpPipelinePolicy authentication = (connection.SharedKey, connection.Token) switch
        {
            ({ } key, _) => new QueueSharedKeyPolicy(key, options.TimeProvider),
            (null, { } token) => new BearerTokenAuthenticationPolicy(token, StorageScope),
            _ => throw new ArgumentException("The storage connection has neither a shared key nor a token credential.", nameof(connection)),
        };
        _pipeline = HttpPipelineBuilder.Build(options,
            [new ServiceVersionPolicy(options.ServiceVersion)],
            [authentication],
            new ResponseClassifier());
    }

    public Uri Uri { get; }

    public string AccountName { get; }

    /// <summary>A client for one queue; the name is validated here, before any request.</summary>
    public QueueClient GetQueueClient(string queueName)
    {
        QueueName.Validate(queueName, nameof(queueName));
        return new QueueClient(_pipeline, Uri, queueName);
    }

    private sealed class ServiceVersionPolicy(string version) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            message.Request.Headers.SetValue("x-ms-version", version);
    }
}
