using Factumerit.Email.Mail;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Inbound;

/// <summary>
/// Keeps personas from talking to robots or to themselves (RFC 3834): checked before anything that costs, the
/// daily limit and the LLM included.
/// </summary>
public static class LoopGuard
{
    public const string NoSender = "no_sender";
    public const string OwnAddress = "own_address";

    /// <summary>Why no persona may answer this email, as a code for the audit trail; null when one may.</summary>
    public static string? Check(RoutingTable routing, InboundEmail email, EmailAddress? sender)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(email);
        if (sender is null)
        {
            return NoSender;
        }
        if (AutomatedMailRules.Check(sender, email.Headers) is { } automated)
        {
            return automated.Code;
        }
        return IsOwnAddress(routing, sender) ? OwnAddress : null;
    }

    /// <summary>True for an address on one of our receiving domains, or one a persona route answers.</summary>
    public static bool IsOwnAddress(RoutingTable routing, EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(address);
        return routing.IsReceivingDomain(address.Domain) || routing.Resolve(address) is { Action: RouteAction.Ai };
    }
}
