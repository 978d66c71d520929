using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>
/// RFC 2822 replies for drafts.create/update: UTF-8 bodies, encoded-word headers, and the In-Reply-To /
/// References / "Re:" subject that Gmail needs to put the draft in the original thread.
/// </summary>
public static partial class DraftMimeBuilder
{
    public static byte[] BuildReply(DraftReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.To.Count == 0)
        {
            throw new ArgumentException("A reply needs at least one recipient.", nameof(reply));
        }
        var inReplyTo = MessageIdHeader.Normalize(reply.InReplyTo);
        var mime = new MimeWriter();
        if (reply.Date is { } date)
        {
            mime.Header("Date", FormatDate(date));
        }
        mime.Header("From", MimeWriter.Addresses("From", [reply.From]));
        mime.Header("To", MimeWriter.Addresses("To", reply.To));
        if (reply.Cc.Count > 0)
        {
            mime.Header("Cc", MimeWriter.Addresses("Cc", reply.Cc));
        }
        mime.Header("Subject", MimeWriter.Unstructured("Subject", ReplySubject(reply.OriginalSubject)));
        if (reply.MessageId is not null)
        {
            mime.Header("Message-ID", MessageIdHeader.Normalize(reply.MessageId));
        }
        mime.Header("In-Reply-To", inReplyTo);
        mime.Header("References", MessageIdHeader.Fold("References", MessageIdHeader.References(reply.OriginalReferences, inReplyTo)));
        foreach (var (name, value) in reply.ExtraHeaders)
        {
            mime.Header(name, MimeWriter.Unstructured(name, value));
        }
        mime.Header("MIME-Version", "1.0");
        mime.Body(reply.Text, reply.Html, reply.TransferEncoding);
        return mime.ToBytes();
    }

    /// <summary>"Re: " + the subject, without stacking: "Re: RE: re: x" becomes "Re: x".</summary>
    public static string ReplySubject(string? originalSubject)
    {
        var subject = (originalSubject ?? "").ReplaceLineEndings(" ").Trim();
        var stripped = ReplyPrefix().Replace(subject, "");
        return "Re: " + stripped;
    }

    /// <summary>The base64url form that drafts.create expects in <c>message.raw</c>.</summary>
    public static string ToRaw(ReadOnlySpan<byte> mime) => Base64Url.Encode(mime);

    private static string FormatDate(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + sign + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(\s*re\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefix();
}
