using System.Net;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Gmail;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>The Review folder through the real host: list, accept, override, dismiss, with the labels in the fake Gmail.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReviewApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Accept_override_and_dismiss_file_the_threads_and_learn_once_each()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Invoices, 0.4);
        var accepted = harness.SeedInbound("Statement for March", "Your statement is attached.", "Billing <billing@vendor.example>");
        var overridden = harness.SeedInbound("An offer for you", "Hello, an update.", "Deals <deals@offers.example>");
        var dismissed = harness.SeedInbound("About our meeting", "Let us talk.", "Bob <bob@partner.example>");
        await harness.PushAsync();
        foreach (var mail in new[] { accepted, overridden, dismissed })
        {
            await harness.WaitForTriageAsync(azurite, mail.Id);
            await harness.WaitForLabelAsync(mail.Id, TriageFolders.Review);
        }

        var (listed, list) = await harness.GetAsync("/api/review?mailbox=" + harness.Mailbox);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(3, list.GetArrayLength());
        var item = list.EnumerateArray().Single(i => i.GetProperty("thread_id").GetString() == accepted.ThreadId);
        Assert.Equal(("billing@vendor.example", TriageFolders.Invoices, 0.4, "triage test answer", "Statement for March"),
            (item.GetProperty("sender").GetString(), item.GetProperty("suggested_folder").GetString(), item.GetProperty("confidence").GetDouble(),
                item.GetProperty("reasoning").GetString(), item.GetProperty("subject").GetString()));

        var (first, firstBody) = await harness.PostAsync($"/api/review/{accepted.ThreadId}/accept");
        var (second, secondBody) = await harness.PostAsync($"/api/review/{accepted.ThreadId}/accept?mailbox={harness.Mailbox}");
        var (badFolder, badBody) = await harness.PostAsync($"/api/review/{overridden.ThreadId}/override", """{"folder":"Spam"}""");
        var (over, _) = await harness.PostAsync($"/api/review/{overridden.ThreadId}/override", """{"folder":"promotions"}""");
        var (dismiss, _) = await harness.PostAsync($"/api/review/{dismissed.ThreadId}/dismiss");
        var (unknown, _) = await harness.PostAsync("/api/review/no-such-thread/accept");

        Assert.Equal((HttpStatusCode.OK, true, HttpStatusCode.OK, false), (first.StatusCode, firstBody.GetProperty("recorded").GetBoolean(),
            second.StatusCode, secondBody.GetProperty("recorded").GetBoolean()));
        Assert.Equal(HttpStatusCode.BadRequest, badFolder.StatusCode);
        Assert.Contains(TriageFolders.Promotions, badBody.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (over.StatusCode, dismiss.StatusCode, unknown.StatusCode));

        await AssertFiledAsync(harness, accepted.Id, TriageFolders.Invoices);
        await AssertFiledAsync(harness, overridden.Id, TriageFolders.Promotions);
        var back = harness.Gmail.GetMessage(harness.Mailbox, dismissed.Id)!.LabelIds;
        Assert.Contains(GmailSystemLabels.Inbox, back);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Review), back);

        var examples = await harness.TriageStore(azurite).ListExamplesAsync(harness.Mailbox, 100);
        Assert.All(examples, e => Assert.Equal(TrainingSources.ReviewFolder, e.Source));
        var byThread = examples.ToDictionary(e => e.ThreadId, e => (e.AiSuggestion, e.UserChoice, e.WasCorrection));
        Assert.Equal(3, examples.Count);
        Assert.Equal((TriageFolders.Invoices, TriageFolders.Invoices, false), byThread[accepted.ThreadId]);
        Assert.Equal((TriageFolders.Invoices, TriageFolders.Promotions, true), byThread[overridden.ThreadId]);
        Assert.Equal((TriageFolders.Invoices, TriageFolders.Inbox, true), byThread[dismissed.ThreadId]);
        var (_, after) = await harness.GetAsync("/api/review?mailbox=" + harness.Mailbox);
        Assert.Equal(0, after.GetArrayLength());
    }

    [Fact]
    public async Task A_thread_that_is_not_in_review_cannot_be_settled_there()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.95, "newsletter");
        var mail = harness.SeedInbound("The Weekly Digest", "Unsubscribe from this newsletter.", "News <digest@news.example>");
        await harness.PushAsync();
        await harness.WaitForTriageAsync(azurite, mail.Id);

        var (response, _) = await harness.PostAsync($"/api/review/{mail.ThreadId}/accept");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty(await harness.TriageStore(azurite).ListExamplesAsync(harness.Mailbox, 10));
    }

    private static async Task AssertFiledAsync(Assistant.AssistantHarness harness, string messageId, string folder)
    {
        var labels = harness.Gmail.GetMessage(harness.Mailbox, messageId)!.LabelIds;
        Assert.Contains(await harness.LabelIdAsync(folder), labels);
        Assert.DoesNotContain(await harness.LabelIdAsync(TriageFolders.Review), labels);
        Assert.DoesNotContain(GmailSystemLabels.Inbox, labels);
    }
}
