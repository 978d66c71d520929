using System.Text.Json;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Recruiting;

/// <summary>Issue 6, section 3: leads from recruiter mail that matches nothing tracked.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LeadTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Unmatched_recruiter_mail_creates_one_pending_lead_and_a_second_sync_over_it_creates_none()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer(lead: () => FakeChatReply.Text("""{"company":"Globex","title":"Senior platform engineer"}"""));
        harness.Assistant.Gmail.SeedMessage(harness.Mailbox, RecruitingHarness.RecruiterAddress, harness.Mailbox,
            "Opportunity at Globex", "Hi, I'm recruiting for a senior platform engineer position at Globex.",
            headers: new Dictionary<string, string> { ["Message-ID"] = "<lead-1@talentbridge.example>" });
        harness.SeedFrom("friend@example.org", "Dinner on Friday?", "Are you free on Friday evening?");

        var first = await harness.SyncAsync();
        var second = await harness.SyncAsync();

        Assert.Equal(1, first.GetProperty("leads").GetInt32());
        Assert.Equal(0, second.GetProperty("leads").GetInt32());
        Assert.Equal(2, second.GetProperty("scanned").GetInt32());
        Assert.Single(harness.Llm.Requests);
        var lead = Assert.Single((await Leads(harness)).EnumerateArray());
        Assert.Equal(("Globex", "Senior platform engineer"), (lead.GetProperty("company").GetString(), lead.GetProperty("title").GetString()));
        Assert.Equal(("email", "pending"), (lead.GetProperty("source").GetString(), lead.GetProperty("status").GetString()));
        Assert.Equal("email:///lead-1@talentbridge.example", lead.GetProperty("url").GetString());
    }

    [Fact]
    public async Task The_same_message_id_seen_again_is_not_a_second_lead()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer(lead: () => FakeChatReply.Text("""{"company":"Globex","title":"Engineer"}"""));
        var headers = new Dictionary<string, string> { ["Message-ID"] = "<same@talentbridge.example>" };
        harness.Assistant.Gmail.SeedMessage(harness.Mailbox, RecruitingHarness.RecruiterAddress, harness.Mailbox, "Opportunity", "A role at Globex for you.", headers: headers);
        harness.Assistant.Gmail.SeedMessage(harness.Mailbox, RecruitingHarness.RecruiterAddress, harness.Mailbox, "Opportunity", "A role at Globex for you.", headers: headers);

        var task = await harness.SyncAsync();

        Assert.Equal((2, 1), (task.GetProperty("scanned").GetInt32(), task.GetProperty("leads").GetInt32()));
        Assert.Single(harness.Llm.Requests);
    }

    [Fact]
    public async Task A_lead_without_a_company_is_skipped_silently()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer(lead: () => FakeChatReply.Text("""{"company":null,"title":"Something"}"""));
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Career opportunity", "Are you open to new opportunities?");

        var task = await harness.SyncAsync();

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(0, task.GetProperty("leads").GetInt32());
        Assert.Empty(task.GetProperty("errors").EnumerateArray());
        Assert.Empty((await Leads(harness)).EnumerateArray());
    }

    [Fact]
    public async Task A_failed_extraction_is_an_error_of_the_sync_which_carries_on()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        var answers = new Queue<FakeChatReply>([FakeChatReply.MalformedContent(), FakeChatReply.Text("""{"company":"Initech","title":"SRE"}""")]);
        harness.Answer(lead: () => answers.Dequeue());
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Hiring: SRE at Initech", "We are hiring an SRE at Initech.");
        harness.SeedFrom("bob@hunters.example", "Role at Umbrella", "Recruiter here, a position at Umbrella.");

        var task = await harness.SyncAsync();

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(1, task.GetProperty("leads").GetInt32());
        Assert.Contains("lead extraction failed", Assert.Single(task.GetProperty("errors").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mail_about_a_tracked_company_is_not_a_lead_and_leads_are_approved_or_rejected()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        await harness.TrackCompanyAsync("Acme Robotics, Inc.", "acme.example");
        var answers = new Queue<string>(["Globex", "Acme Robotics", "Initech"]);
        harness.Answer(lead: () => FakeChatReply.Text($$"""{"company":"{{answers.Dequeue()}}","title":"Engineer"}"""));
        harness.SeedFrom("a@agency-one.example", "Opportunity", "A role at a company.");
        harness.SeedFrom("b@agency-two.example", "Opportunity", "A role at a company.");
        harness.SeedFrom("c@agency-three.example", "Opportunity", "A role at a company.");

        await harness.SyncAsync();

        var leads = (await Leads(harness)).EnumerateArray().ToDictionary(l => l.GetProperty("company").GetString()!, l => l.GetProperty("id").GetString()!);
        Assert.Equal(["Globex", "Initech"], leads.Keys.Order());
        await harness.SendAsync(HttpMethod.Post, $"/api/leads/{leads["Globex"]}/approve");
        await harness.SendAsync(HttpMethod.Post, $"/api/leads/{leads["Initech"]}/reject");
        var statuses = (await Leads(harness)).EnumerateArray().ToDictionary(l => l.GetProperty("company").GetString()!, l => l.GetProperty("status").GetString());
        Assert.Equal(("approved", "rejected"), (statuses["Globex"], statuses["Initech"]));
        Assert.Empty((await harness.SendAsync(HttpMethod.Get, "/api/leads?status=pending&mailbox=" + Uri.EscapeDataString(harness.Mailbox))).EnumerateArray());
    }

    private static async Task<JsonElement> Leads(RecruitingHarness harness) =>
        await harness.SendAsync(HttpMethod.Get, $"/api/leads?mailbox={Uri.EscapeDataString(harness.Mailbox)}");
}
