using System.Text.Json.Serialization;
using Factumerit.Email.Triage.Learning;
using Factumerit.Email.Triage.Onboarding;
using Factumerit.Email.Triage.Review;

namespace Factumerit.Email.Functions.Api;

internal sealed record FolderRequest(string? Folder);

internal sealed record FolderError(string Error, IReadOnlyList<string> Allowed)
{
    public static FolderError For(string? folder) => new(
        folder is null ? "Give a folder: {\"folder\": \"...\"}." : $"'{folder}' is not a triage folder.", ReviewFolders.Allowed);
}

internal sealed record ReviewItemResponse(string ThreadId, string MessageId, string Subject, string? Sender, string SuggestedFolder,
    string Reasoning, double Confidence, string Source, DateTimeOffset TriagedAt)
{
    public static ReviewItemResponse From(ReviewItem i) =>
        new(i.ThreadId, i.MessageId, i.Subject, i.Sender, i.SuggestedFolder, i.Reasoning, i.Confidence, i.Source, i.TriagedAt);
}

internal sealed record RuleResponse(string Domain, string TargetFolder, int CorrectionCount, bool AutoApply)
{
    public static RuleResponse? From(SenderRule? r) => r is null ? null : new(r.Domain, r.TargetFolder, r.CorrectionCount, r.AutoApply);
}

/// <param name="Recorded">False when the thread was settled before: nothing changed.</param>
internal sealed record ReviewSettledResponse(string Mailbox, string ThreadId, string Folder, string Source, bool Recorded, bool? WasCorrection,
    RuleResponse? Rule)
{
    public static ReviewSettledResponse From(ReviewOutcome o) => new(o.Thread!.Mailbox, o.Thread.ThreadId, o.Thread.FinalFolder, o.Thread.Source,
        o.Kind == ReviewOutcomeKind.Settled, o.Example?.WasCorrection, RuleResponse.From(o.Rule));
}

internal sealed record OnboardingItemResponse(string MessageId, string ThreadId, string? From, string Subject, DateTimeOffset ReceivedAt,
    bool HasAttachment, string Suggestion, double Confidence, string SuggestionSource, string? Answer)
{
    public static OnboardingItemResponse Of(OnboardingItem i) => new(i.Email.MessageId, i.Email.ThreadId, i.Email.From, i.Email.Subject,
        i.Email.ReceivedAt, i.Email.HasAttachment, i.Email.Suggestion, i.Email.Confidence, i.Email.SuggestionSource, i.Answer);
}

internal sealed record OnboardingResponse(string Mailbox, IReadOnlyList<OnboardingItemResponse> Items, IReadOnlyList<string> Folders);

/// <param name="Recorded">False when the email was answered before: the first answer stands.</param>
internal sealed record OnboardingAnswerResponse(string MessageId, string Folder, string Suggestion, bool WasCorrection, bool Recorded,
    RuleResponse? Rule);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FolderRequest))]
[JsonSerializable(typeof(FolderError))]
[JsonSerializable(typeof(List<ReviewItemResponse>))]
[JsonSerializable(typeof(ReviewSettledResponse))]
[JsonSerializable(typeof(OnboardingResponse))]
[JsonSerializable(typeof(OnboardingAnswerResponse))]
[JsonSerializable(typeof(ApiError))]
internal sealed partial class TriageApiJson : JsonSerializerContext;
