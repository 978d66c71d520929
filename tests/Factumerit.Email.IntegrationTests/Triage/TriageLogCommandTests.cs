using System.CommandLine;
using System.Text.Json;
using Factumerit.Email.Cli;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Storage.Tables;
using Factumerit.Email.Triage;
using Factumerit.Email.Triage.Decisions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary><c>factumerit triage log</c> against triage's table in Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TriageLogCommandTests(AzuriteFixture azurite)
{
    private const string Mailbox = "owner@home.example";
    private static readonly DateTimeOffset Start = new(2025, 2, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task The_table_shows_the_newest_decisions_first_with_the_reasoning_cut_short()
    {
        await SeedAsync();

        var (exitCode, output) = await RunAsync("triage", "log", "--mailbox", Mailbox, "--limit", "2");

        Assert.True(exitCode == 0, output);
        var lines = output.Split('\n');
        var newest = Array.FindIndex(lines, l => l.Contains("msg-3", StringComparison.Ordinal));
        var middle = Array.FindIndex(lines, l => l.Contains("msg-2", StringComparison.Ordinal));
        Assert.True(newest >= 0 && middle > newest, output);
        Assert.DoesNotContain("msg-1", output, StringComparison.Ordinal);
        Assert.Contains("sender_rule", lines[newest], StringComparison.Ordinal);
        Assert.Contains("Review", lines[middle], StringComparison.Ordinal);
        Assert.Contains("…", output, StringComparison.Ordinal);
        Assert.DoesNotContain("THE END", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_carries_every_column_and_the_whole_reasoning()
    {
        await SeedAsync();

        var (exitCode, output) = await RunAsync("triage", "log", "--mailbox", Mailbox, "--json");

        Assert.True(exitCode == 0, output);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["msg-3", "msg-2", "msg-1"], rows.Select(r => r.GetProperty("message_id").GetString()));
        var low = rows[1];
        Assert.Equal((TriageFolders.Invoices, TriageFolders.Admin, 0.45, false, TriageFolders.Review, TriageSources.Llm),
            (low.GetProperty("pattern_hint").GetString(), low.GetProperty("llm_folder").GetString(), low.GetProperty("llm_confidence").GetDouble(),
                low.GetProperty("pattern_agreed").GetBoolean(), low.GetProperty("final_folder").GetString(), low.GetProperty("source").GetString()));
        Assert.EndsWith("THE END", low.GetProperty("reasoning").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_log_says_so()
    {
        var (exitCode, output) = await RunAsync("triage", "log", "--mailbox", "nobody@home.example");

        Assert.Equal(0, exitCode);
        Assert.Contains("No triage decisions logged.", output, StringComparison.Ordinal);
    }

    private async Task SeedAsync()
    {
        var store = new TriageTableStore(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)),
            Options.Create(new AssistantStorageOptions { TablePrefix = _prefix }));
        await store.LogAsync(new TriageLogEntry(Mailbox, "msg-1", "t-1", Start,
            new TriageDecision(TriageFolders.Feed, TriageFolders.Feed, 0.9, TriageSources.Llm, "a newsletter", TriageFolders.Feed, 0.7, ["newsletter"],
                TriageFolders.Feed, 0.9, true)));
        await store.LogAsync(new TriageLogEntry(Mailbox, "msg-2", "t-2", Start.AddMinutes(5),
            new TriageDecision(TriageFolders.Review, TriageFolders.Admin, 0.45, TriageSources.Llm,
                "The sender looks like a vendor but the text reads like a contract amendment, so neither folder fits well. THE END",
                TriageFolders.Invoices, 0.75, [], TriageFolders.Admin, 0.45, false)));
        await store.LogAsync(new TriageLogEntry(Mailbox, "msg-3", "t-3", Start.AddMinutes(10),
            new TriageDecision(TriageFolders.Promotions, TriageFolders.Promotions, 0.9, TriageSources.SenderRule, "sender rule", TriageFolders.Inbox, 0.3, [])));
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Assistant:Storage:TablePrefix"] = _prefix,
        }).Build();
        var output = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }
}
