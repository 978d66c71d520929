using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Recruiting.Signals;

/// <summary>The five labels the LLM may give inbound mail from a tracked contact, and the stage each suggests.</summary>
public static class StageSignals
{
    public const string InterviewScheduled = "interview_scheduled";
    public const string OfferReceived = "offer_received";
    public const string Rejected = "rejected";
    public const string PositiveResponse = "positive_response";
    public const string Neutral = "neutral";

    public static readonly IReadOnlyList<string> All = [InterviewScheduled, OfferReceived, Rejected, PositiveResponse, Neutral];

    public static bool IsKnown(string? signal) => signal is not null && All.Contains(signal, StringComparer.Ordinal);

    /// <summary>
    /// The stage a signal suggests from <paramref name="current"/>, or null when it suggests nothing (neutral, or
    /// a move that would not be forward). Suggest only: nothing here changes a stage.
    /// </summary>
    public static string? SuggestedStage(string? signal, string current) => signal switch
    {
        OfferReceived => Forward(current, Stages.Offer),
        Rejected => current is Stages.Rejected or Stages.Offer ? null : Stages.Rejected,
        InterviewScheduled => current is Stages.Applied or Stages.PhoneScreen ? Stages.Next(current) : null,
        PositiveResponse => current == Stages.Applied ? Stages.PhoneScreen : null,
        _ => null,
    };

    private static string? Forward(string current, string target)
    {
        var from = IndexOf(current);
        return from >= 0 && from < IndexOf(target) ? target : null;
    }

    // Rejected sits last in the list but is not "ahead" of anything.
    private static int IndexOf(string stage) => stage == Stages.Rejected ? int.MaxValue : Stages.All.ToList().IndexOf(stage);
}
