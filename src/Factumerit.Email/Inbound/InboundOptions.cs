using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Inbound;

/// <summary>Settings of the persona pipeline (configuration section <c>Inbound</c>).</summary>
public sealed partial class InboundOptions : IValidatableObject
{
    public const string SectionName = "Inbound";

    /// <summary>Earlier turns a handler sees of its thread.</summary>
    [Range(0, 50)]
    public int HistoryTurns { get; set; } = 10;

    /// <summary>
    /// Characters of a body kept in a table row. A string property holds at most 64 KiB (32K UTF-16 characters);
    /// the raw download reference is kept for the rest.
    /// </summary>
    [Range(1000, 32000)]
    public int MaxBodyChars { get; set; } = 30000;

    /// <summary>Largest webhook body accepted; a larger one is refused with 413 before it is read in full.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxWebhookBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long a worker run holds an email before another message for it may take over. At least the longest a run
    /// can last (the Functions host's <c>functionTimeout</c>, 10 minutes), so a live run is never joined by a second;
    /// the holder's own redelivery takes the claim back at any time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The queue the webhook writes <see cref="Messages.EmailReceived"/> to and <c>inbound-worker</c> reads.</summary>
    public string InboundQueue { get; set; } = "inbound";

    /// <summary>The queue of <see cref="Messages.SendRequested"/>, read by <c>outbound-sender</c>.</summary>
    public string OutboundQueue { get; set; } = "outbound";

    public InboundTableNames Tables { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, name) in new[] { (nameof(InboundQueue), InboundQueue), (nameof(OutboundQueue), OutboundQueue) })
        {
            if (!QueueName().IsMatch(name ?? "") || name!.Contains("--", StringComparison.Ordinal))
            {
                yield return new ValidationResult(
                    $"{SectionName}:{key} '{name}' is not a queue name (3-63 lower-case letters, digits and single dashes).", [key]);
            }
        }
        foreach (var (key, name) in Tables.All())
        {
            if (!TableName().IsMatch(name ?? ""))
            {
                yield return new ValidationResult(
                    $"{SectionName}:Tables:{key} '{name}' is not a table name (3-63 letters or digits, starting with a letter).", [key]);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}

/// <summary>The pipeline's tables (<c>Inbound:Tables:*</c>); tests give each run its own.</summary>
public sealed class InboundTableNames
{
    /// <summary>One row per received email: the webhook's de-dupe row and the worker's completion record.</summary>
    public string Deliveries { get; set; } = "InboundEmails";

    public string Messages { get; set; } = "Messages";
    public string Threads { get; set; } = "PersonaThreads";
    public string SenderLimits { get; set; } = "SenderLimits";
    public string Outbox { get; set; } = "Outbox";
    public string Users { get; set; } = "Users";
    public string Audit { get; set; } = "AuditEvents";

    /// <summary>Development only: received emails seeded by <c>factumerit samples replay</c> when no Resend key is set.</summary>
    public string SamplesReceived { get; set; } = "SamplesReceived";

    public IEnumerable<(string Key, string Name)> All() =>
    [
        (nameof(Deliveries), Deliveries), (nameof(Messages), Messages), (nameof(Threads), Threads),
        (nameof(SenderLimits), SenderLimits), (nameof(Outbox), Outbox), (nameof(Users), Users), (nameof(Audit), Audit),
        (nameof(SamplesReceived), SamplesReceived),
    ];
}
