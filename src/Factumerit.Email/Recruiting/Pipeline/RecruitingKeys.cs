using System.Security.Cryptography;
using System.Text;

namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>Row ids derived from natural keys, so repeats land on the same row and an insert's 409 is the de-dupe.</summary>
public static class RecruitingKeys
{
    public static string ForMessage(string mailbox, string messageId) => Hash("msg", mailbox, NormalizeMessageId(messageId));

    public static string ForJobUrl(string mailbox, string url) => Hash("job", mailbox, url.Trim());

    public static string ForContact(string mailbox, string email) => Hash("contact", mailbox, email.Trim().ToLowerInvariant());

    public static string ForCompany(string mailbox, string name) => Hash("company", mailbox, NormalizeName(name));

    /// <summary>The synthetic url of a lead found in mail.</summary>
    public static string LeadUrl(string messageId) => "email:///" + NormalizeMessageId(messageId);

    public static string NormalizeMessageId(string messageId) => messageId.Trim().Trim('<', '>').Trim();

    /// <summary>Case, punctuation and common suffixes ignored: "ACME, Inc." and "Acme" are one company.</summary>
    public static string NormalizeName(string name)
    {
        var letters = new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
        foreach (var suffix in (string[])["incorporated", "inc", "llc", "ltd", "gmbh", "corp", "corporation", "sro", "as"])
        {
            if (letters.Length > suffix.Length && letters.EndsWith(suffix, StringComparison.Ordinal))
            {
                return letters[..^suffix.Length];
            }
        }
        return letters;
    }

    private static string Hash(string kind, string mailbox, string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}|{mailbox.ToLowerInvariant()}|{value}")))[..24];
}
