using Azure.Core;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// Pipeline options for <see cref="QueueServiceClient"/>: retries, transport and diagnostics come from
/// <see cref="ClientOptions"/>, so tests can swap the transport and production keeps the Azure.Core retry policy.
/// </summary>
public sealed class QueueClientOptions : ClientOptions
{
    /// <summary>The REST version sent as <c>x-ms-version</c>; 2020-10-02 is the one checked against Azurite.</summary>
    public const string DefaultServiceVersion = "2020-10-02";

    public string ServiceVersion { get; set; } = DefaultServiceVersion;

    /// <summary>The clock behind <c>x-ms-date</c> in SharedKey signatures.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
