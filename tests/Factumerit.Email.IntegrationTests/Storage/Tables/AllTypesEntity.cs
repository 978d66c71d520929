using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

public enum Mood
{
    Calm,
    Busy,
}

/// <summary>One property of every supported type, used for round-trip and interop tests.</summary>
public sealed class AllTypesEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Text { get; set; }
    public bool Flag { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public double Ratio { get; set; }
    public double Whole { get; set; }
    public DateTimeOffset When { get; set; }
    public DateTime WhenUtc { get; set; }
    public Guid Id { get; set; }
    public byte[]? Blob { get; set; }
    public Mood Mood { get; set; }
    public int? MaybeCount { get; set; }
    public long? MaybeBig { get; set; }
    public Guid? MaybeId { get; set; }
    public DateTimeOffset? MaybeWhen { get; set; }
    public Mood? MaybeMood { get; set; }

    public static AllTypesEntity Sample(string partitionKey, string rowKey) => new()
    {
        PartitionKey = partitionKey,
        RowKey = rowKey,
        Text = "héllo 'quoted' \"double\" 😀",
        Flag = true,
        Count = -42,
        Big = long.MaxValue - 7,
        Ratio = 0.1 + 0.2,
        Whole = 5.0,
        When = new DateTimeOffset(2024, 2, 29, 23, 59, 58, 123, TimeSpan.FromHours(2)),
        WhenUtc = new DateTime(1999, 12, 31, 1, 2, 3, 456, DateTimeKind.Utc),
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Blob = [0, 1, 2, 254, 255],
        Mood = Mood.Busy,
        MaybeCount = null,
        MaybeBig = 7,
        MaybeId = null,
        MaybeWhen = null,
        MaybeMood = Mood.Calm,
    };
}
