using System.Diagnostics.CodeAnalysis;

namespace Factumerit.Email.Personas;

/// <summary>A hand-over to a human. The target address comes from the route's configuration, never from here.</summary>
/// <param name="Reason">Why the persona gave up.</param>
/// <param name="Summary">A short note for the human picking it up; no secrets, no raw addresses.</param>
public sealed record Escalation(EscalationReason Reason, string? Summary = null)
{
    /// <summary>The snake_case code of <see cref="Reason"/>, e.g. <c>missing_knowledge</c>.</summary>
    public string ReasonCode => ToCode(Reason);

    public static string ToCode(EscalationReason reason) => reason switch
    {
        EscalationReason.CustomerRequest => "customer_request",
        EscalationReason.MissingKnowledge => "missing_knowledge",
        EscalationReason.UnsupportedRequest => "unsupported_request",
        EscalationReason.PolicyRestriction => "policy_restriction",
        EscalationReason.UsageLimit => "usage_limit",
        EscalationReason.MaxTurns => "max_turns",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown escalation reason."),
    };

    /// <summary>Parses a snake_case reason code, as stored in audit rows or returned by a model.</summary>
    public static bool TryParseCode([NotNullWhen(true)] string? code, out EscalationReason reason)
    {
        foreach (var candidate in Enum.GetValues<EscalationReason>())
        {
            if (string.Equals(ToCode(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                reason = candidate;
                return true;
            }
        }

        reason = default;
        return false;
    }
}
