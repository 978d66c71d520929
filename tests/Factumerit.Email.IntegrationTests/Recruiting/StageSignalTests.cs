using System.Text.Json;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Recruiting;

/// <summary>Issue 6, section 2: stage signals from tracked contacts are suggestions; only apply moves a stage.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StageSignalTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_schedule_a_call_reply_from_a_tracked_contact_suggests_interview_scheduled_and_moves_nothing()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        var company = await harness.TrackCompanyAsync("Acme Robotics", "acme.example");
        var contact = await harness.TrackContactAsync("sarah@acme.example", company);
        harness.Answer(signal: () => FakeChatReply.Text("""{"signal":"interview_scheduled"}"""));
        harness.SeedFrom("Sarah Lee <sarah@acme.example>", "Re: Backend engineer application", "Thanks for applying! Let's schedule a call next week.");

        var task = await harness.SyncAsync();

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(1, task.GetProperty("signals").GetInt32());
        var signal = Assert.Single((await Signals(harness)).EnumerateArray());
        Assert.Equal("interview_scheduled", signal.GetProperty("signal").GetString());
        Assert.Equal("phone_screen", signal.GetProperty("suggested_stage").GetString());
        Assert.Equal("applied", await CompanyStage(harness, company));
        Assert.Equal("applied", await ContactStage(harness, contact));
        var call = Assert.Single(harness.Llm.Requests);
        Assert.Contains("<<<UNTRUSTED Email body>>>", call.UserContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismissing_hides_the_signal_and_applying_another_advances_the_stage()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        var company = await harness.TrackCompanyAsync("Acme Robotics", "acme.example");
        var contact = await harness.TrackContactAsync("sarah@acme.example", company);
        harness.Answer(signal: () => FakeChatReply.Text("""{"signal":"interview_scheduled"}"""));
        harness.SeedFrom("sarah@acme.example", "Next steps", "Let's schedule a call.");
        await harness.SyncAsync();
        var first = (await Signals(harness))[0].GetProperty("id").GetString();

        await harness.SendAsync(HttpMethod.Post, $"/api/signals/{first}/dismiss");

        Assert.Empty((await Signals(harness)).EnumerateArray());
        Assert.Equal("applied", await CompanyStage(harness, company));

        harness.SeedFrom("hr@acme.example", "Interview", "We'd like to invite you to a phone screen on Monday at 10.");
        await harness.SyncAsync();
        var second = Assert.Single((await Signals(harness)).EnumerateArray()).GetProperty("id").GetString();
        Assert.NotEqual(first, second);

        var applied = await harness.SendAsync(HttpMethod.Post, $"/api/signals/{second}/apply");

        Assert.Equal("phone_screen", applied.GetProperty("applied_stage").GetString());
        Assert.Equal("phone_screen", await CompanyStage(harness, company));
        Assert.Empty((await Signals(harness)).EnumerateArray());
        Assert.Equal("applied", await ContactStage(harness, contact));
    }

    [Fact]
    public async Task Only_the_most_recent_undismissed_signal_is_shown_per_job_and_processed_mail_is_never_classified_again()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        var company = await harness.TrackCompanyAsync("Acme Robotics", "acme.example");
        await harness.TrackContactAsync("sarah@acme.example", company);
        var answers = new Queue<string>(["positive_response", "offer_received"]);
        harness.Answer(signal: () => FakeChatReply.Text($$"""{"signal":"{{answers.Dequeue()}}"}"""));
        harness.SeedFrom("sarah@acme.example", "Your application", "We liked your profile.");
        await harness.SyncAsync();
        harness.SeedFrom("sarah@acme.example", "Offer", "We are happy to offer you the position.");

        var task = await harness.SyncAsync();

        Assert.Equal(2, task.GetProperty("scanned").GetInt32());
        Assert.Equal(1, task.GetProperty("signals").GetInt32());
        Assert.Equal(2, harness.Llm.Requests.Count);
        var shown = Assert.Single((await Signals(harness)).EnumerateArray());
        Assert.Equal(("offer_received", "offer"), (shown.GetProperty("signal").GetString(), shown.GetProperty("suggested_stage").GetString()));
    }

    [Fact]
    public async Task When_classification_fails_the_signal_is_null_nothing_is_suggested_and_the_sync_carries_on()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        var company = await harness.TrackCompanyAsync("Acme Robotics", "acme.example");
        harness.Answer(signal: FakeChatReply.ServerError,
            lead: () => FakeChatReply.Text("""{"company":"Globex","title":"Platform engineer"}"""));
        harness.SeedFrom("sarah@acme.example", "Next steps", "Let's schedule a call.");
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Exciting opportunity at Globex", "I'm a recruiter hiring for a platform engineer role.");

        var task = await harness.SyncAsync();

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal((2, 0, 1), (task.GetProperty("scanned").GetInt32(), task.GetProperty("signals").GetInt32(), task.GetProperty("leads").GetInt32()));
        var error = Assert.Single(task.GetProperty("errors").EnumerateArray()).GetString();
        Assert.Contains("stage signal classification failed", error, StringComparison.Ordinal);
        Assert.Empty((await Signals(harness)).EnumerateArray());
        Assert.Equal("applied", await CompanyStage(harness, company));
    }

    private static async Task<JsonElement> Signals(RecruitingHarness harness) =>
        await harness.SendAsync(HttpMethod.Get, $"/api/recruiting/signals?mailbox={Uri.EscapeDataString(harness.Mailbox)}");

    private static async Task<string?> CompanyStage(RecruitingHarness harness, string id) =>
        (await harness.SendAsync(HttpMethod.Get, $"/api/recruiting/companies?mailbox={Uri.EscapeDataString(harness.Mailbox)}"))
        .EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("stage").GetString();

    private static async Task<string?> ContactStage(RecruitingHarness harness, string id) =>
        (await harness.SendAsync(HttpMethod.Get, $"/api/recruiting/contacts?mailbox={Uri.EscapeDataString(harness.Mailbox)}"))
        .EnumerateArray().Single(c => c.GetProperty("id").GetString() == id).GetProperty("stage").GetString();
}
