using System.Net;
using Factumerit.Email.Assistant;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Learning;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary>Onboarding training through the real host: the selection from triaged mail, and the user's answers.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OnboardingApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_selection_offers_one_email_per_sender_domain_and_records_each_answer_once()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite);
        await using var _h = harness;
        harness.AnswerTriage(Categories.Fyi, TriageFolders.Feed, 0.9);
        var mails = new[]
        {
            harness.SeedInbound("Your order has shipped", "On its way.", "Shop <orders@shop.example>"),
            harness.SeedInbound("Your order is delivered", "Delivered.", "Shop <orders@shop.example>"),
            harness.SeedInbound("Weekly digest", "The week in review.", "News <digest@news.example>"),
            harness.SeedInbound("Dinner on Friday?", "Are you free?", "Friend <friend@gmail.com>"),
        };
        await harness.PushAsync();
        foreach (var mail in mails)
        {
            await harness.WaitForTriageAsync(azurite, mail.Id);
        }

        var (selected, body) = await harness.GetAsync("/api/triage/onboarding?mailbox=" + harness.Mailbox);

        Assert.Equal(HttpStatusCode.OK, selected.StatusCode);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(3, items.Select(i => i.GetProperty("from").GetString()!.Split('@')[1]).Distinct().Count());
        Assert.All(items, i => Assert.Equal(TriageFolders.Feed, i.GetProperty("suggestion").GetString()));
        var friend = items.Single(i => i.GetProperty("from").GetString() == "friend@gmail.com").GetProperty("message_id").GetString();
        var (again, againBody) = await harness.GetAsync("/api/triage/onboarding?mailbox=" + harness.Mailbox);
        Assert.Equal(items.Select(i => i.GetProperty("message_id").GetString()),
            againBody.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("message_id").GetString()));

        var path = $"/api/triage/onboarding/{friend}?mailbox={harness.Mailbox}";
        var (bad, badBody) = await harness.PostAsync(path, """{"folder":"Nowhere"}""");
        var (answered, answer) = await harness.PostAsync(path, """{"folder":"INBOX"}""");
        var (repeated, repeat) = await harness.PostAsync(path, """{"folder":"Planning"}""");
        var (unknown, _) = await harness.PostAsync($"/api/triage/onboarding/no-such-message?mailbox={harness.Mailbox}", """{"folder":"INBOX"}""");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(Factumerit.Email.Triage.Review.ReviewFolders.Allowed, badBody.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()!).ToList());
        Assert.Equal((HttpStatusCode.OK, true, true), (answered.StatusCode, answer.GetProperty("recorded").GetBoolean(), answer.GetProperty("was_correction").GetBoolean()));
        Assert.Equal((HttpStatusCode.OK, false, TriageFolders.Inbox), (repeated.StatusCode, repeat.GetProperty("recorded").GetBoolean(),
            repeat.GetProperty("folder").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var example = Assert.Single(await harness.TriageStore(azurite).ListExamplesAsync(harness.Mailbox, 10));
        Assert.Equal(("gmail.com", TriageFolders.Feed, TriageFolders.Inbox, TrainingSources.Onboarding),
            (example.FromDomain, example.AiSuggestion, example.UserChoice, example.Source));
        var (_, afterBody) = await harness.GetAsync("/api/triage/onboarding?mailbox=" + harness.Mailbox);
        Assert.Equal(TriageFolders.Inbox, afterBody.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("message_id").GetString() == friend).GetProperty("answer").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
