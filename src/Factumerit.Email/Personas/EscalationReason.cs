namespace Factumerit.Email.Personas;

/// <summary>Why a persona handed a conversation to a human. Codes are snake_case in audit rows.</summary>
public enum EscalationReason
{
    /// <summary><c>customer_request</c>: the sender asked for a person.</summary>
    CustomerRequest,

    /// <summary><c>missing_knowledge</c>: the answer is not in the persona's knowledge.</summary>
    MissingKnowledge,

    /// <summary><c>unsupported_request</c>: the request is outside what the persona may do.</summary>
    UnsupportedRequest,

    /// <summary><c>policy_restriction</c>: policy forbids an automated answer (billing disputes, legal, …).</summary>
    PolicyRestriction,

    /// <summary><c>usage_limit</c>: the sender or route ran out of its daily or token budget.</summary>
    UsageLimit,

    /// <summary><c>max_turns</c>: the thread reached the route's <c>max_turns</c>.</summary>
    MaxTurns,
}
