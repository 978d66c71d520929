using System.Net;
using System.Text.Json;
using Factumerit.Email.Cli;
using Factumerit.Email.IntegrationTests.Assistant;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.IntegrationTests.Recruiting;

/// <summary>Issue 6, section 4: the background sync is single-flight per mailbox and reports through its task row.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RecruitingSyncTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_second_request_while_a_sync_runs_returns_the_running_syncs_id()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        using var release = new ManualResetEventSlim();
        using var entered = new ManualResetEventSlim();
        harness.Answer(lead: () =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(60));
            return FakeChatReply.Text("""{"company":"Globex","title":"Engineer"}""");
        });
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Opportunity at Globex", "Recruiting for Globex.");
        var first = await harness.StartSyncAsync();
        await Task.Run(() => entered.Wait(TimeSpan.FromSeconds(60)));

        var again = await harness.SendAsync(HttpMethod.Post, $"/api/recruiting/sync?mailbox={Uri.EscapeDataString(harness.Mailbox)}",
            expected: HttpStatusCode.Accepted);
        var running = await harness.SendAsync(HttpMethod.Get, $"/api/tasks/{first}");
        release.Set();
        var done = await harness.WaitForTaskAsync(first);

        Assert.Equal(first, again.GetProperty("task_id").GetString());
        Assert.True(again.GetProperty("already_running").GetBoolean());
        Assert.Equal("running", running.GetProperty("status").GetString());
        Assert.Equal(("completed", 1), (done.GetProperty("status").GetString(), done.GetProperty("leads").GetInt32()));
        Assert.NotEqual(first, await harness.StartSyncAsync());
    }

    [Fact]
    public async Task The_task_reports_its_summary_and_progress_over_several_pages()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer();
        for (var i = 0; i < 5; i++)
        {
            harness.SeedFrom($"person{i}@example.org", $"Hello {i}", "Nothing about work.");
        }

        var task = await harness.SyncAsync();

        Assert.Equal("completed", task.GetProperty("status").GetString());
        Assert.Equal(5, task.GetProperty("scanned").GetInt32());
        Assert.Equal((5, 5), (task.GetProperty("progress").GetProperty("processed").GetInt32(), task.GetProperty("progress").GetProperty("total").GetInt32()));
        Assert.Empty(harness.Llm.Requests);
    }

    [Fact]
    public async Task A_mailbox_with_recruiting_off_is_refused_and_an_unknown_one_is_not_found()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite, recruiting: false);

        await harness.SendAsync(HttpMethod.Post, $"/api/recruiting/sync?mailbox={Uri.EscapeDataString(harness.Mailbox)}", expected: HttpStatusCode.Conflict);
        await harness.SendAsync(HttpMethod.Post, "/api/recruiting/sync?mailbox=nobody%40example.test", expected: HttpStatusCode.NotFound);
        await harness.SendAsync(HttpMethod.Get, "/api/tasks/0123456789abcdef", expected: HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cli_runs_a_sync_and_prints_its_progress()
    {
        await using var harness = await RecruitingHarness.StartAsync(azurite);
        harness.Answer(lead: () => FakeChatReply.Text("""{"company":"Globex","title":"Engineer"}"""));
        harness.SeedFrom(RecruitingHarness.RecruiterAddress, "Opportunity at Globex", "Recruiting for Globex.");
        harness.SeedFrom("friend@example.org", "Lunch", "Lunch tomorrow?");
        harness.SeedFrom("other@example.org", "Photos", "Here are the photos.");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(harness.Assistant.Settings).Build();
        var output = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(["recruiting", "sync", harness.Mailbox])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = output });

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("[running] 2/", text, StringComparison.Ordinal);
        Assert.Contains("completed: 3 scanned, 0 signals, 1 leads, 0 errors.", text, StringComparison.Ordinal);
        Assert.Single((await harness.SendAsync(HttpMethod.Get, "/api/leads")).EnumerateArray(),
            l => l.GetProperty("mailbox").GetString() == harness.Mailbox);
    }
}
