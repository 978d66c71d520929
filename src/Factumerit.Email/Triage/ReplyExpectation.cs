using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Triage;

/// <summary>
/// Whether mail the user sent expects a reply (spec 003 "Waiting-for-Reply Tracking", the <c>expecting_reply</c>
/// flag). Everything does except what no person answers: mail to the user's own address only (or to nobody), an
/// automatic message (RFC 3834 <c>Auto-Submitted</c>, <c>X-Autoreply</c>/<c>X-Autorespond</c>, <c>Precedence:
/// auto_reply</c>), a bounce or receipt (<c>multipart/report</c>) and a calendar response (<c>text/calendar</c> with
/// <c>METHOD:REPLY</c>). Only the top-level headers and the plain-text body are seen, so a calendar reply wrapped
/// in a multipart with no plain-text trace of its method still counts as expecting one.
/// </summary>
public static class ReplyExpectation
{
    private static readonly string[] RecipientHeaders = ["To", "Cc", "Bcc"];

    public static bool ExpectsReply(ClassificationInput sent, string mailbox)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        return HasOtherRecipient(sent.Headers, mailbox) && !IsAutomatic(sent.Headers) && !IsCalendarReply(sent);
    }

    private static bool HasOtherRecipient(IReadOnlyList<KeyValuePair<string, string>> headers, string mailbox)
    {
        var own = EmailAddress.TryParse(mailbox, out var parsed) ? parsed.WithoutTag().Address : mailbox;
        return RecipientHeaders.SelectMany(name => Values(headers, name)).SelectMany(EmailAddress.ParseList)
            .Any(to => !string.Equals(to.WithoutTag().Address, own, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsAutomatic(IReadOnlyList<KeyValuePair<string, string>> headers) =>
        Values(headers, "Auto-Submitted").Any(v => !Is(FirstToken(v), "no"))
        || Values(headers, "X-Autoreply").Concat(Values(headers, "X-Autorespond")).Any(v => v.Length > 0 && !Is(FirstToken(v), "no"))
        || Values(headers, "Precedence").Any(v => Is(FirstToken(v), "auto_reply"))
        || Values(headers, "Content-Type").Any(v => Is(FirstToken(v), "multipart/report"));

    private static bool IsCalendarReply(ClassificationInput sent)
    {
        // An RSVP tells the organiser the answer; the organiser owes nothing back.
        var calendar = Values(sent.Headers, "Content-Type").Any(v => Is(FirstToken(v), "text/calendar"));
        return calendar && Values(sent.Headers, "Content-Type").Any(v => HasReplyMethod(v.Replace(" ", "", StringComparison.Ordinal)))
            || sent.Body.Split('\n').Any(line => Is(line.Trim(), "METHOD:REPLY"));
    }

    private static bool HasReplyMethod(string contentType) =>
        contentType.Contains(";method=reply", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains(";method=\"reply\"", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Values(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.Where(h => string.Equals(h.Key.Trim(), name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value?.Trim() ?? "");

    private static string FirstToken(string value) => value.Split(';', 2)[0].Trim();

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
