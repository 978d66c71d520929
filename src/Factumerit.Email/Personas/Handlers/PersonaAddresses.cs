using Factumerit.Email.Mail;

namespace Factumerit.Email.Personas.Handlers;

internal static class PersonaAddresses
{
    /// <summary>The persona mailbox without plus tag: the From of mail a persona sends outside a reply.</summary>
    public static string Mailbox(EmailContext context) => context.To.WithoutTag().Address;

    /// <summary>A mailbox of the same domain, e.g. where to register: <c>onboard@factumerit.app</c>.</summary>
    public static string Sibling(EmailContext context, string localPart) => $"{localPart}@{context.To.Domain}";

    /// <summary>The first line that is not blank, trimmed: where commands are read from.</summary>
    public static string FirstLine(string? text)
    {
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed;
            }
        }
        return string.Empty;
    }

    public static string Hash(EmailAddress address) => SenderHash.Compute(address);
}
