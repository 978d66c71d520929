using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Drafting.Support;

/// <summary>Reply MIME for drafts the tests write as the user would (notes drafts, edited drafts).</summary>
internal static class DraftMime
{
    public static byte[] Reply(DraftingHarness harness, FakeGmailMessageView original, string text) =>
        DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox),
            To = [new MailboxAddress("ana@customer.test")],
            OriginalSubject = original.Subject!,
            InReplyTo = original.MessageId!,
            Text = text,
        });
}
