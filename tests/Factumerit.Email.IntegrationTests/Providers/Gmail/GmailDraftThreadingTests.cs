using System.Text;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Providers.Gmail;

public sealed class GmailDraftThreadingTests
{
    private const string Customer = "Ana Pérez <ana@customer.test>";

    [Fact]
    public async Task A_reply_draft_built_from_the_original_lands_in_its_thread()
    {
        await using var harness = await GmailHarness.StartAsync();
        var original = harness.Gmail.SeedMessage(harness.Mailbox, Customer, harness.Mailbox, "Invoice 42 question", "Is it paid?");
        var client = harness.CreateClient();

        var fetched = await client.GetMessageAsync(original.Id, MessageFormat.Metadata, ["Subject", "Message-ID", "From", "References"]);
        Assert.True(MailboxAddress.TryParse(fetched.Payload!.GetHeader("From"), out var sender));
        var mime = DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox),
            To = [sender!],
            OriginalSubject = fetched.Payload.GetHeader("Subject")!,
            InReplyTo = fetched.Payload.GetHeader("Message-ID")!,
            OriginalReferences = fetched.Payload.GetHeader("References"),
            Text = "Yes, it was paid on Monday.",
        });
        var draft = await client.CreateDraftAsync(mime, original.ThreadId);

        Assert.Equal(original.ThreadId, draft.Message!.ThreadId);
        var thread = await client.GetThreadAsync(original.ThreadId);
        Assert.Equal(2, thread.Messages!.Count);
        var reply = thread.Messages[1];
        Assert.Contains("DRAFT", reply.LabelIds!);
        Assert.Equal("Re: Invoice 42 question", reply.Payload!.GetHeader("Subject"));
        Assert.Equal("Yes, it was paid on Monday.", MessageBodyReader.Read(reply.Payload).PlainText.TrimEnd());
    }

    [Fact]
    public async Task A_draft_without_reply_headers_starts_a_new_thread_even_with_a_thread_id()
    {
        await using var harness = await GmailHarness.StartAsync();
        var original = harness.Gmail.SeedMessage(harness.Mailbox, Customer, harness.Mailbox, "Invoice 42 question", "Is it paid?");
        var client = harness.CreateClient();
        var mime = Encoding.ASCII.GetBytes(
            $"From: {harness.Mailbox}\r\nTo: ana@customer.test\r\nSubject: Re: Invoice 42 question\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n\r\nYes.\r\n");

        var draft = await client.CreateDraftAsync(mime, original.ThreadId);

        Assert.NotEqual(original.ThreadId, draft.Message!.ThreadId);
        Assert.Single(harness.Gmail.GetThread(harness.Mailbox, original.ThreadId));
    }

    [Fact]
    public async Task A_reply_with_another_subject_starts_a_new_thread()
    {
        await using var harness = await GmailHarness.StartAsync();
        var original = harness.Gmail.SeedMessage(harness.Mailbox, Customer, harness.Mailbox, "Invoice 42 question", "Is it paid?");
        var client = harness.CreateClient();
        var mime = DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox),
            To = [new MailboxAddress("ana@customer.test")],
            OriginalSubject = "Something else entirely",
            InReplyTo = original.MessageId!,
            Text = "Yes.",
        });

        var draft = await client.CreateDraftAsync(mime, original.ThreadId);

        Assert.NotEqual(original.ThreadId, draft.Message!.ThreadId);
    }

    [Fact]
    public async Task Updating_a_reply_draft_replaces_its_text_in_the_thread_and_deleting_removes_it()
    {
        await using var harness = await GmailHarness.StartAsync();
        var original = harness.Gmail.SeedMessage(harness.Mailbox, Customer, harness.Mailbox, "Réunion de lundi 📅", "On se voit ?");
        var client = harness.CreateClient();
        DraftReply Reply(string text) => new()
        {
            From = new MailboxAddress(harness.Mailbox, "Équipe Factumerit"),
            To = [new MailboxAddress("ana@customer.test", "Ana Pérez")],
            OriginalSubject = original.Subject!,
            InReplyTo = original.MessageId!,
            Text = text,
            TransferEncoding = MimeTransferEncoding.QuotedPrintable,
        };
        var draft = await client.CreateDraftAsync(DraftMimeBuilder.BuildReply(Reply("Première version")), original.ThreadId);

        var updated = await client.UpdateDraftAsync(draft.Id!, DraftMimeBuilder.BuildReply(Reply("Deuxième version, à 10 h")), original.ThreadId);

        Assert.Equal(draft.Id, updated.Id);
        var stored = Assert.Single(harness.Gmail.GetDrafts(harness.Mailbox));
        Assert.Equal(original.ThreadId, stored.Message.ThreadId);
        Assert.Equal("Re: Réunion de lundi 📅", stored.Message.Subject);
        var fetched = await client.GetDraftAsync(draft.Id!);
        Assert.Equal("Deuxième version, à 10 h", MessageBodyReader.Read(fetched.Message!.Payload).PlainText.TrimEnd());

        await client.DeleteDraftAsync(draft.Id!);

        Assert.Empty(harness.Gmail.GetDrafts(harness.Mailbox));
        Assert.Single(harness.Gmail.GetThread(harness.Mailbox, original.ThreadId));
        var listed = await client.ListDraftsAsync();
        Assert.Null(listed.Drafts);
    }
}
