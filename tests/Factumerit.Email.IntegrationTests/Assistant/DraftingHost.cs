using Factumerit.Email.Assistant;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Functions.Assistant.Lifecycle;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// The assistant harness with every drafting and lifecycle function listening too, and a fake LLM that answers
/// by model: the classifier, the context-search model and the draft model.
/// </summary>
internal static class DraftingHost
{
    public const string ContextModel = "context-model";
    public const string DraftModel = "draft-model";
    public const string Sender = "alice@client.example";
    public const string DraftText = "Hi Alice,\n\nThe signed contract goes out today.\n\nBest regards";

    public static readonly string[] Functions =
    [
        DraftFunction.Name, ReworkFunction.Name, ManualDraftFunction.Name, DoneFunction.Name, SentCheckFunction.Name, RetriageFunction.Name,
    ];

    public static async Task<AssistantHarness> StartAsync(AzuriteFixture azurite)
    {
        var harness = await AssistantHarness.StartAsync(azurite, s =>
        {
            s["Llm:DraftModel"] = DraftModel;
            s["Llm:ContextModel"] = ContextModel;
        }, alsoRunning: Functions);
        harness.Llm.Responder = request => request.Model switch
        {
            ContextModel => FakeChatReply.Text($"[\"from:{Sender}\"]"),
            DraftModel => FakeChatReply.Text(DraftText),
            _ => FakeChatReply.Text(
                """{"category":"needs_response","confidence":"high","reasoning":"a direct question","detected_language":"en","resolved_style":"business"}"""),
        };
        await harness.ConnectAsync();
        return harness;
    }

    public static IReadOnlyList<FakeChatRequest> DraftRequests(this AssistantHarness harness) =>
        harness.Llm.Requests.Where(r => r.Model == DraftModel).ToList();

    public static IReadOnlyList<FakeGmailDraftView> DraftsIn(this AssistantHarness harness, string threadId) =>
        harness.Gmail.GetDrafts(harness.Mailbox).Where(d => d.Message.ThreadId == threadId).ToList();

    /// <summary>Label names on the thread's messages, as the user sees them in Gmail.</summary>
    public static IReadOnlySet<string> LabelsOn(this AssistantHarness harness, string threadId)
    {
        var names = harness.Gmail.GetLabels(harness.Mailbox).ToDictionary(l => l.Id, l => l.Name);
        return harness.Gmail.GetThread(harness.Mailbox, threadId).SelectMany(m => m.LabelIds).Select(id => names.GetValueOrDefault(id, id)).ToHashSet();
    }

    /// <summary>Pushes new mail and waits until its draft is in the thread.</summary>
    public static async Task<FakeGmailDraftView> DraftedAsync(this AssistantHarness harness, FakeGmailMessageView inbound)
    {
        await harness.PushAsync();
        await ListenerHarness.EventuallyAsync(async () => (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))?.Status == EmailStatus.Drafted,
            "the email to be drafted");
        return Assert.Single(harness.DraftsIn(inbound.ThreadId));
    }

    /// <summary>What the user does in Gmail: types instructions above ✂️ in the draft, then applies Rework.</summary>
    public static async Task RequestReworkAsync(this AssistantHarness harness, FakeGmailMessageView inbound, string instructions)
    {
        var record = (await harness.Emails.GetAsync(harness.Mailbox, inbound.Id))!;
        var current = Assert.Single(harness.Gmail.GetDrafts(harness.Mailbox), d => d.DraftId == record.DraftId).Message.PlainText;
        var user = harness.UserClient();
        var mime = DraftMimeBuilder.BuildReply(new DraftReply
        {
            From = new MailboxAddress(harness.Mailbox),
            To = [new MailboxAddress(Sender)],
            OriginalSubject = inbound.Subject!,
            InReplyTo = inbound.MessageId!,
            Text = instructions + "\n" + current,
        });
        await user.UpdateDraftAsync(record.DraftId!, mime, inbound.ThreadId);
        await user.ModifyThreadAsync(inbound.ThreadId, [await harness.LabelIdAsync(AssistantLabels.Rework)]);
        await harness.PushAsync();
    }
}
