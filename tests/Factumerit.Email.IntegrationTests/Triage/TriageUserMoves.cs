using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.Assistant.Sync;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>What the user does in Gmail's UI, and waiting for the host to have read it.</summary>
internal static class TriageUserMoves
{
    /// <summary>"Move to" in Gmail: the thread leaves <paramref name="from"/> (a folder or INBOX) for <paramref name="to"/>.</summary>
    public static async Task MoveAsync(this AssistantHarness harness, string threadId, string from, string to)
    {
        var add = to == TriageFolders.Inbox ? GmailSystemLabels.Inbox : await harness.LabelIdAsync(to);
        var remove = from == TriageFolders.Inbox ? GmailSystemLabels.Inbox : await harness.LabelIdAsync(from);
        await harness.UserClient().ModifyThreadAsync(threadId, [add], [remove]);
    }

    /// <summary>
    /// Asks for a sync the way the poll timer does. After the test's clock has moved a day, a push cannot be used:
    /// its token is checked on both the system clock and the host's.
    /// </summary>
    public static Task PollAsync(this AssistantHarness harness) =>
        harness.Services.GetRequiredService<SyncRequests>().RequestAsync(harness.Mailbox, "poll");

    /// <summary>Pushes, then waits until a sync has read all history so far and triage has handled the label changes it found.</summary>
    public static async Task SyncAsync(this AssistantHarness harness)
    {
        var current = harness.Gmail.CurrentHistoryId(harness.Mailbox);
        await harness.PushAsync();
        await ListenerHarness.EventuallyAsync(async () => (await harness.Mailboxes.GetAsync(harness.Mailbox))!.HistoryId >= current,
            "a sync to read the history");
        await harness.WaitForIdleAsync();
        var queue = harness.Queue(AssistantQueues.TriageLabelChange);
        await queue.CreateIfNotExistsAsync();
        await ListenerHarness.EventuallyAsync(() => ListenerHarness.IsEmptyAsync(queue), "the triage label changes to be handled");
    }

    public static async Task<IReadOnlyList<TrainingExample>> WaitForExamplesAsync(this AssistantHarness harness, AzuriteFixture azurite, int count)
    {
        var store = harness.TriageStore(azurite);
        IReadOnlyList<TrainingExample> examples = [];
        await ListenerHarness.EventuallyAsync(async () => (examples = await store.ListExamplesAsync(harness.Mailbox, 100)).Count >= count,
            $"{count} training examples");
        return examples;
    }
}
