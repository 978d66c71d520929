using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Benchmarks.Storage;

/// <summary>
/// A 10-property entity covering every annotated EDM type. benchmarks/node/storage-bench.mjs builds the same
/// entity (same names, types and values) for the official SDK.
/// </summary>
public sealed class BenchEntity : ITableEntity
{
    public const string PreviewText =
        "Hello team, please find the quarterly figures attached. Hello team, please find the quarterly figures attached. " +
        "Hello team, please find the quarterly figures attached. Hello team, please find the quarterly figures attached. ";

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] DigestBytes = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Subject { get; set; } = "";
    public string Sender { get; set; } = "";
    public string Preview { get; set; } = "";
    public int Attempts { get; set; }
    public long SizeBytes { get; set; }
    public double Score { get; set; }
    public bool IsRead { get; set; }
    public DateTimeOffset ReceivedOn { get; set; }
    public Guid CorrelationId { get; set; }
    public byte[]? Digest { get; set; }

    public static BenchEntity Create(string partitionKey, string rowKey, int index) => new()
    {
        PartitionKey = partitionKey,
        RowKey = rowKey,
        Subject = $"Quarterly report {index}",
        Sender = "billing@example.com",
        Preview = PreviewText,
        Attempts = index % 7,
        SizeBytes = 1_000_000L + index,
        Score = 0.25 + index % 100 / 1000.0,
        IsRead = index % 2 == 0,
        ReceivedOn = Epoch.AddSeconds(index),
        CorrelationId = Guid.NewGuid(),
        Digest = DigestBytes,
    };
}
