using Factumerit.Email.Triage;

namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>One generated email: who sent it, what it says, its headers, and the kind it truly is.</summary>
/// <param name="DeliveryDays">For shipping notices: the delivery the body announces, in days from today.</param>
internal sealed record InboxEmail(
    InboxKind Kind,
    InboxSender Sender,
    string To,
    string Subject,
    string Body,
    IReadOnlyDictionary<string, string> Headers,
    int DeliveryDays,
    double Confidence)
{
    /// <summary>Where the thread should end: Review below the default threshold, else the kind's folder.</summary>
    public string ExpectedFolder => Confidence < TriageSettings.DefaultThreshold
        ? TriageFolders.Review
        : Kind.Folder;
}
