namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// The part of Gmail search the tests need: in:, is:unread/starred, label:, from:, to:, subject:, rfc822msgid:,
/// a leading '-' to negate, and bare words matched against subject, sender and text.
/// </summary>
internal static class FakeGmailSearch
{
    public static bool Matches(FakeGmailMailbox mailbox, FakeStoredMessage message, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }
        foreach (var rawTerm in query.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var negate = rawTerm.StartsWith('-');
            var term = negate ? rawTerm[1..] : rawTerm;
            if (TermMatches(mailbox, message, term) == negate)
            {
                return false;
            }
        }
        return true;
    }

    private static bool TermMatches(FakeGmailMailbox mailbox, FakeStoredMessage message, string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        var (op, value) = colon > 0 ? (term[..colon].ToLowerInvariant(), term[(colon + 1)..].Trim('"')) : ("", term.Trim('"'));
        return op switch
        {
            "in" => message.Labels.Contains(value.Equals("drafts", StringComparison.OrdinalIgnoreCase) ? "DRAFT" : value.ToUpperInvariant()),
            "is" => message.Labels.Contains(value.ToUpperInvariant()),
            "label" => mailbox.Labels.Any(l => message.Labels.Contains(l.Id)
                && (l.Name.Equals(value, StringComparison.OrdinalIgnoreCase) || l.Id.Equals(value, StringComparison.OrdinalIgnoreCase))),
            "from" => Contains(message.Header("From"), value),
            "to" => Contains(message.Header("To"), value),
            "subject" => Contains(message.Header("Subject"), value),
            "rfc822msgid" => string.Equals(message.Header("Message-ID")?.Trim('<', '>'), value.Trim('<', '>'), StringComparison.Ordinal),
            _ => Contains(message.Header("Subject"), term) || Contains(message.Header("From"), term) || Contains(message.PlainText, term),
        };
    }

    private static bool Contains(string? text, string value) => text?.Contains(value, StringComparison.OrdinalIgnoreCase) == true;
}
