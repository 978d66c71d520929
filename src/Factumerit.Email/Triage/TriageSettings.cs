namespace Factumerit.Email.Triage;

/// <summary>
/// Per-mailbox triage settings (spec 003 "User-Configurable Options"). A null timing means "never". Stored inside
/// the mailbox's settings; a record written before these settings existed reads as the defaults.
/// </summary>
public sealed record TriageSettings
{
    public const double DefaultThreshold = 0.7;

    /// <summary>Below this confidence a thread goes to Review, keeping the suggested folder (0.5-0.9).</summary>
    public double ConfidenceThreshold { get; init; } = DefaultThreshold;

    /// <summary>Sent mail resurfaces with the Waiting label after this many days without a reply.</summary>
    public int? WaitingReplyDays { get; init; } = 3;

    public int? TwoFactorDeleteMinutes { get; init; } = 15;

    public int? PromotionArchiveDays { get; init; } = 7;

    public int? DevDeleteDays { get; init; } = 30;

    /// <summary>The shipping snooze when the model found no delivery date.</summary>
    public int ShippingSnoozeDays { get; init; } = 3;

    /// <summary>Delivered shipping mail is archived this many days after delivery.</summary>
    public int? ShippingArchiveDays { get; init; } = 3;

    /// <summary>Addresses (<c>boss@corp.example</c>) and domains (<c>corp.example</c>) whose mail always stays in the Inbox.</summary>
    public IReadOnlyList<string> VipSenders { get; init; } = [];

    /// <summary>The mailbox owner's own domain: never the subject of a learned sender rule. Null means the mailbox's domain.</summary>
    public string? OwnDomain { get; init; }

    public bool IsVip(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return false;
        }
        var domain = TriageText.Domain(address);
        return VipSenders.Any(v => string.Equals(v.Trim(), address, StringComparison.OrdinalIgnoreCase)
            || (!v.Contains('@', StringComparison.Ordinal) && (string.Equals(v.Trim().TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase)
                || domain.EndsWith("." + v.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase))));
    }

    /// <returns>Null when valid, otherwise what is wrong.</returns>
    public string? Validate() =>
        ConfidenceThreshold is < 0.5 or > 0.9 ? "The confidence threshold must be between 0.5 and 0.9."
        : new[] { WaitingReplyDays, TwoFactorDeleteMinutes, PromotionArchiveDays, DevDeleteDays, ShippingArchiveDays }.Any(v => v is <= 0)
            ? "Timings must be positive (or never)."
        : ShippingSnoozeDays <= 0 ? "The shipping snooze must be positive."
        : null;
}
