using System.Diagnostics;

namespace Factumerit.Email.Drafting;

/// <summary>The spans of the drafting and lifecycle stages, on the application's one activity source.</summary>
internal static class DraftingTelemetry
{
    public static readonly ActivitySource Source = new("Factumerit.Email");

    public static Activity? Start(string stage, string mailboxHash, string? threadId)
    {
        var activity = Source.StartActivity(stage, ActivityKind.Internal);
        activity?.SetTag("mailbox.hash", mailboxHash);
        activity?.SetTag("gmail.thread_id", threadId);
        return activity;
    }
}
