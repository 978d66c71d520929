using Factumerit.Email.Triage.Decisions;

namespace Factumerit.Email.Triage;

/// <summary>One decision for the classification log (spec 003 "Audit &amp; Debugging").</summary>
public sealed record TriageLogEntry(string Mailbox, string MessageId, string ThreadId, DateTimeOffset At, TriageDecision Decision);
