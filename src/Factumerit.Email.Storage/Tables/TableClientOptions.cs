using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Transport, retry and diagnostics settings come from <see cref="ClientOptions"/>, as in the official client.
/// </summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The clock that stamps <c>x-ms-date</c>; tests substitute a fixed one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
