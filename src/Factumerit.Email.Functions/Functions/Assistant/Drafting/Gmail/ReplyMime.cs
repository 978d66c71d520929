using Factumerit.Email.Drafting.Mail;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;

/// <summary>The MIME fields of a reply draft that Gmail files in the original thread (PROTOCOLS.md, Gmail drafts).</summary>
internal static class ReplyMime
{
    public static DraftReply For(string owner, ReplyDraft draft)
    {
        var original = draft.InReplyTo;
        var toAddress = original.ReplyToAddress ?? original.FromAddress;
        if (toAddress is null || original.RfcMessageId is null)
        {
            throw new InvalidOperationException(
                $"Message {original.Id} has no {(toAddress is null ? "sender address" : "Message-ID")} to reply to.");
        }
        var toName = original.ReplyToAddress is null ? original.FromName : original.ReplyToName;
        return new DraftReply
        {
            From = new MailboxAddress(owner),
            To = [new MailboxAddress(toAddress, toName)],
            OriginalSubject = original.Subject ?? "",
            InReplyTo = original.RfcMessageId,
            OriginalReferences = original.References,
            Text = draft.Text,
            // Mostly-ASCII prose stays readable and smaller than base64.
            TransferEncoding = MimeTransferEncoding.QuotedPrintable,
        };
    }
}
