using System.Text.Json.Serialization;
using Factumerit.Email.Triage;

namespace Factumerit.Email.Cli.Triage;

/// <summary>One classification-log row as <c>triage log --json</c> prints it (spec 003 "classification_log").</summary>
internal sealed record TriageLogRow(
    DateTimeOffset At,
    string Mailbox,
    string MessageId,
    string ThreadId,
    string PatternHint,
    double PatternConfidence,
    string? LlmFolder,
    double? LlmConfidence,
    bool? PatternAgreed,
    string FinalFolder,
    string SuggestedFolder,
    double Confidence,
    string Source,
    string Reasoning)
{
    public static TriageLogRow From(TriageLogEntry e)
    {
        var d = e.Decision;
        return new(e.At, e.Mailbox, e.MessageId, e.ThreadId, d.PatternFolder, d.PatternConfidence, d.LlmFolder, d.LlmConfidence, d.PatternAgreed,
            d.FinalFolder, d.SuggestedFolder, d.Confidence, d.Source, d.Reasoning);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(List<TriageLogRow>))]
internal sealed partial class TriageLogJson : JsonSerializerContext;
