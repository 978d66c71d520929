using Factumerit.Email.Mail;
using Factumerit.Email.Messages;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Inbound;

/// <summary>A received email with the route that took it and the facts every step needs.</summary>
/// <param name="Recipient">Our address it was sent to; replies and forwards go out from it, without its plus tag.</param>
/// <param name="Sender">The From address, or null when it does not parse.</param>
/// <param name="SenderHash">The sender's pseudonym for limits, logs and the audit trail.</param>
public sealed record RoutedEmail(
    EmailReceived Message,
    InboundEmail Email,
    Route Route,
    EmailAddress Recipient,
    EmailAddress? Sender,
    string SenderHash)
{
    public string EmailId => Email.EmailId;

    /// <summary>Our address without tag or display name: the From of everything we send about this email.</summary>
    public string PersonaAddress => Recipient.WithoutTag().Address;

    /// <summary>Where a reply to the sender goes: the Reply-To when given, else the From.</summary>
    public IReadOnlyList<string> ReplyAddresses => Email.ReplyTo.Count > 0 ? Email.ReplyTo : [Email.From];
}
