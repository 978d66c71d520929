using Factumerit.Email.Mail;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Inbound;

/// <summary>Finds which of our addresses an email was for, and its route.</summary>
public static class RecipientResolver
{
    /// <summary>
    /// The first recipient with a route, looking at the envelope recipients first (they include Bcc and are exactly
    /// what our domain accepted), then To, then Cc. Null when none of them is ours.
    /// </summary>
    public static (EmailAddress Address, Route Route)? Resolve(RoutingTable routing, InboundEmail email)
    {
        ArgumentNullException.ThrowIfNull(routing);
        ArgumentNullException.ThrowIfNull(email);
        foreach (var header in email.ReceivedFor.Concat(email.To).Concat(email.Cc))
        {
            foreach (var address in EmailAddress.ParseList(header))
            {
                if (routing.Resolve(address) is { } route)
                {
                    return (address, route);
                }
            }
        }
        return null;
    }
}
