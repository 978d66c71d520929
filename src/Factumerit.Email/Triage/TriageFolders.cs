namespace Factumerit.Email.Triage;

/// <summary>
/// The triage taxonomy (spec 003 "Folder Structure"). On Gmail a folder is a label and a nested label is a nested
/// folder; INBOX is Gmail's system label, so "moving" a thread means removing INBOX and adding the topic label.
/// </summary>
public static class TriageFolders
{
    public const string Inbox = "INBOX";
    public const string Planning = "Planning";
    public const string Review = "Review";
    public const string PaperTrail = "Paper-Trail";
    public const string Invoices = "Paper-Trail/Invoices";
    public const string Admin = "Paper-Trail/Admin";
    public const string Travel = "Paper-Trail/Travel";
    public const string Feed = "Feed";
    public const string Social = "Social";
    public const string Promotions = "Promotions";
    public const string Archive = "Archive";

    /// <summary>The labels created on connect (parents are created with their children).</summary>
    public static IReadOnlyList<string> Labels { get; } = [Planning, Review, Invoices, Admin, Travel, Feed, Social, Promotions, Archive];

    /// <summary>What the model may answer: the inbox and every topic, not Review (the threshold decides that) or Archive.</summary>
    public static IReadOnlyList<string> Choices { get; } = [Inbox, Planning, Invoices, Admin, Travel, Feed, Social, Promotions];

    /// <summary>Every folder a decision can end in.</summary>
    public static IReadOnlyList<string> All { get; } = [Inbox, .. Labels];

    /// <summary>The canonical spelling of a folder name (any case, "Inbox" or "INBOX"), or null when it is not one.</summary>
    public static string? Normalize(string? name)
    {
        var trimmed = name?.Trim().Trim('/');
        return string.IsNullOrEmpty(trimmed) ? null : All.FirstOrDefault(f => string.Equals(f, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsLabel(string? name) => name is not null && Labels.Contains(name, StringComparer.OrdinalIgnoreCase)
        || string.Equals(name, PaperTrail, StringComparison.OrdinalIgnoreCase);
}
