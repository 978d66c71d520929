namespace Factumerit.Email.Assistant;

/// <summary>The five classification categories of the Gmail assistant (spec 002, "Classification Categories").</summary>
public static class Categories
{
    public const string NeedsResponse = "needs_response";
    public const string ActionRequired = "action_required";
    public const string PaymentRequest = "payment_request";
    public const string Fyi = "fyi";
    public const string Waiting = "waiting";

    public static IReadOnlyList<string> All { get; } = [NeedsResponse, ActionRequired, PaymentRequest, Fyi, Waiting];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category);
}
