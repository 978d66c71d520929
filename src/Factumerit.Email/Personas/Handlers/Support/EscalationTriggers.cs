using System.Text.RegularExpressions;

namespace Factumerit.Email.Personas.Handlers.Support;

/// <summary>What in a message means a person must take over, before any model sees it.</summary>
public static partial class EscalationTriggers
{
    /// <summary>The first trigger that fires, in order: asking for a person, billing, legal, complaint, account changes.</summary>
    public static (EscalationReason Reason, string Summary)? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (HumanRequest().IsMatch(text))
        {
            return (EscalationReason.CustomerRequest, "The sender asked to talk to a person.");
        }
        if (Billing().IsMatch(text))
        {
            return (EscalationReason.PolicyRestriction, "Billing matter (refund, charge or invoice dispute): policy says a person answers.");
        }
        if (Legal().IsMatch(text))
        {
            return (EscalationReason.PolicyRestriction, "Legal or data-protection matter: policy says a person answers.");
        }
        if (Complaint().IsMatch(text))
        {
            return (EscalationReason.UnsupportedRequest, "Complaint: the assistant does not handle complaints.");
        }
        if (AccountChange().IsMatch(text))
        {
            return (EscalationReason.UnsupportedRequest, "Account change request: the assistant cannot change accounts.");
        }
        return null;
    }

    [GeneratedRegex(@"\b(human|humans|real person|actual person|live person|(support )?agent|representative|someone real|"
        + @"(talk|speak|chat) (to|with) (someone|somebody|a person|a human|your team|staff|support|(a|your) (manager|supervisor))|call me)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HumanRequest();

    [GeneratedRegex(@"\b(refunds?|refunded|refunding|money back|charge ?backs?|overcharged|double[- ]charged|charged (me )?twice|"
        + @"(wrong|unauthori[sz]ed|unexpected|duplicate) (charge|payment)s?|was charged|been charged|invoice (dispute|error|wrong)|"
        + @"dispute (the |this |my )?(invoice|charge|payment|bill)|billing (error|issue|problem|dispute))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Billing();

    [GeneratedRegex(@"\b(lawyers?|attorneys?|solicitors?|legal action|lawsuit|sue|suing|court|subpoena|GDPR|DSAR|data protection|"
        + @"data subject|right to be forgotten|delete (all )?my (personal )?data|erase my data|privacy (complaint|violation)|cease and desist)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();

    [GeneratedRegex(@"\b(complaint|complain|complaining|unacceptable|outrageous|disgusted|furious|worst (service|support|experience)|"
        + @"ripped off|scam)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(close|delete|cancel|terminate) (my|our) (account|subscription|plan)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccountChange();
}
