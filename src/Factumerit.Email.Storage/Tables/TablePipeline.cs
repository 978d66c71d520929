using Azure.Core;
using Azure.Core.Pipeline;
using Factumerit.Email.Storage.Connection;

namespace Factumerit.Email.Storage.Tables;

internal static class TablePipeline
{
    /// <summary>
    /// Retry, transport and logging come from Azure.Core via <paramref name="options"/>. Headers and auth run per
    /// retry, so every attempt carries a fresh <c>x-ms-date</c> and a signature over it.
    /// </summary>
    public static HttpPipeline Build(StorageConnection connection, TableClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new TableClientOptions();
        HttpPipelinePolicy auth = connection switch
        {
            { SharedKey: { } key } => new SharedKeyLitePolicy(key),
            { Token: { } token } => new BearerTokenAuthenticationPolicy(token, TableConstants.StorageScope),
            _ => throw new ArgumentException("The storage connection has neither a shared key nor a token credential.", nameof(connection)),
        };
        return HttpPipelineBuilder.Build(options, [], [new TableHeadersPolicy(options.TimeProvider), auth], null);
    }
}
