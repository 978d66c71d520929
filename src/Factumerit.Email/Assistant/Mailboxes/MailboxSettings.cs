namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>Per-mailbox classification settings (spec 004, "contacts").</summary>
public sealed record MailboxSettings
{
    public const string FallbackLanguage = "en";

    /// <summary>Sender globs (<c>*@marketing.example.com</c>, <c>noreply@*.com</c>) whose mail is automated.</summary>
    public IReadOnlyList<string> Blacklist { get; init; } = [];

    /// <summary>Exact sender address → style.</summary>
    public IReadOnlyDictionary<string, string> StyleOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Sender domain glob (<c>*.gov.cz</c>, <c>client.com</c>) → style.</summary>
    public IReadOnlyDictionary<string, string> DomainOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Exact sender address or domain glob → language code.</summary>
    public IReadOnlyDictionary<string, string> LanguageOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>The language when neither an override nor the LLM names one.</summary>
    public string DefaultLanguage { get; init; } = FallbackLanguage;

    /// <summary>
    /// Topic triage for this mailbox (off by default). When on, automated mail is sent to the LLM too, and the one
    /// call serves both classification and triage (see <see cref="Classification.ITriageHook"/>).
    /// </summary>
    public bool TriageEnabled { get; init; }

    /// <summary>
    /// The recruiting module for this mailbox (off by default): stage signals from tracked contacts and leads from
    /// recruiter mail. Rows stored before the setting existed read as off.
    /// </summary>
    public bool RecruitingEnabled { get; init; }

    /// <summary>Triage's thresholds, timings and VIP senders; the defaults when never set.</summary>
    public Triage.TriageSettings Triage { get; init; } = new();
}
