using Factumerit.Email.Audit;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Stores;
using Factumerit.Email.Storage.Stores.Audit;

namespace Factumerit.Email.IntegrationTests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class PersonaCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Users_can_be_added_with_a_time_zone_listed_and_removed()
    {
        var table = AzuriteFixture.UniqueName("users");
        string[] Storage(params string[] args) => [.. args, "--storage", azurite.ConnectionString, "--table", table];

        var added = await CliRun.RunAsync(Storage("users", "add", "Ada+cli@Example.test", "--name", "Ada", "--tz", "Europe/Paris"));
        var again = await CliRun.RunAsync(Storage("users", "add", "ada@example.test"));
        var listed = await CliRun.RunAsync(Storage("users", "list"));
        var removed = await CliRun.RunAsync(Storage("users", "remove", "ada@example.test"));
        var missing = await CliRun.RunAsync(Storage("users", "remove", "ada@example.test"));

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("ada@example.test: user", added.Output);
        Assert.Contains("time zone Europe/Paris", again.Output);
        Assert.Equal(added.Output.Split(' ')[2], again.Output.Split(' ')[2]);
        Assert.Contains("Europe/Paris", listed.Output);
        Assert.Contains("1 user(s).", listed.Output);
        Assert.Equal((0, 1), (removed.ExitCode, missing.ExitCode));
        Assert.Contains("no such user", missing.Output);
    }

    [Fact]
    public async Task Adding_a_user_with_an_unknown_time_zone_or_a_bad_address_fails_with_exit_1()
    {
        var table = AzuriteFixture.UniqueName("users");

        var zone = await CliRun.RunAsync("users", "add", "ada@example.test", "--tz", "Mars/Olympus", "--storage", azurite.ConnectionString, "--table", table);
        var address = await CliRun.RunAsync("users", "add", "not an address", "--storage", azurite.ConnectionString, "--table", table);

        Assert.Equal(1, zone.ExitCode);
        Assert.Contains("Mars/Olympus", zone.Error);
        Assert.Equal(1, address.ExitCode);
    }

    [Fact]
    public async Task Events_tail_prints_recent_events_oldest_first_with_hashed_senders_only()
    {
        await using var stores = new TestStores(azurite);
        var table = stores.Options.Tables.Audit;
        var store = stores.Get<AuditLogStore>();
        var now = DateTimeOffset.UtcNow;
        await store.WriteAsync(new AuditEvent(AuditKinds.Dropped, now.AddMinutes(-2), "e1") { Outcome = "unknown_recipient", SenderHash = "abc123def456" });
        await store.WriteAsync(new AuditEvent(AuditKinds.Handled, now.AddMinutes(-1), "e2")
        {
            Route = "support", Handler = "support", Outcome = "replied", LatencyMs = 812, Tokens = 431, SenderHash = "abc123def456",
        });

        var (exitCode, output, _) = await CliRun.RunAsync("events", "tail", "--limit", "5", "--storage", azurite.ConnectionString, "--table", table);

        Assert.Equal(0, exitCode);
        var lines = output.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("dropped outcome=unknown_recipient", lines[0]);
        Assert.Contains("handled outcome=replied route=support handler=support sender=abc123def456 latency_ms=812 tokens=431", lines[1]);
    }

    [Fact]
    public async Task Unreachable_storage_is_reported_with_exit_3()
    {
        var storage = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:9/{AzuriteFixture.AccountName};QueueEndpoint=http://127.0.0.1:9/{AzuriteFixture.AccountName}";

        var (exitCode, _, error) = await CliRun.RunAsync("outbox", "list", "--storage", storage);

        Assert.Equal(3, exitCode);
        Assert.StartsWith("storage:", error);
    }
}
