namespace Factumerit.Email.Assistant;

/// <summary>
/// The Gmail labels the assistant owns. Nested under one parent so they sort together in Gmail and never collide
/// with the user's own labels.
/// </summary>
public static class AssistantLabels
{
    public const string Parent = "AI";
    public const string NeedsResponse = "AI/Needs Response";
    public const string Outbox = "AI/Outbox";
    public const string Rework = "AI/Rework";
    public const string ActionRequired = "AI/Action Required";
    public const string PaymentRequest = "AI/Payment Request";
    public const string Fyi = "AI/FYI";
    public const string Waiting = "AI/Waiting";
    public const string Done = "AI/Done";

    /// <summary>Every assistant label, created on connect.</summary>
    public static IReadOnlyList<string> All { get; } =
        [NeedsResponse, Outbox, Rework, ActionRequired, PaymentRequest, Fyi, Waiting, Done];

    /// <summary>The labels Done removes (all but Done itself).</summary>
    public static IReadOnlyList<string> Clearable { get; } = All.Where(l => l != Done).ToArray();

    public static string ForCategory(string category) => category switch
    {
        Categories.NeedsResponse => NeedsResponse,
        Categories.ActionRequired => ActionRequired,
        Categories.PaymentRequest => PaymentRequest,
        Categories.Fyi => Fyi,
        Categories.Waiting => Waiting,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };
}
