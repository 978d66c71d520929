using System.Runtime.Serialization;
using Azure;
using Factumerit.Email.Storage.Tables;

namespace Factumerit.Email.Tests.Storage.Tables;

public enum Priority
{
    Low,
    High,
}

public sealed class TypedEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? Text { get; set; }
    public bool Flag { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public double Whole { get; set; }
    public double Fraction { get; set; }
    public DateTimeOffset When { get; set; }
    public DateTime Local { get; set; }
    public Guid Id { get; set; }
    public byte[]? Blob { get; set; }
    public Priority Priority { get; set; }
    public long? NoBig { get; set; }
    public Priority? MaybePriority { get; set; }

    [IgnoreDataMember]
    public string Ignored { get; set; } = "not stored";

    public string Computed => "read-only, not stored";
}
