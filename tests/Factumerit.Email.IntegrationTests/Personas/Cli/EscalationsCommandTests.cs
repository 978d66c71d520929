using System.CommandLine;
using Factumerit.Email.Cli;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas.Stores;
using Factumerit.Email.Personas.Handlers.Support;

namespace Factumerit.Email.IntegrationTests.Personas.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class EscalationsCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task List_shows_open_escalations_and_ack_marks_one_picked_up()
    {
        await using var rig = new PersonaStoreRig(azurite);
        var table = rig.TableNames["PersonaStores:EscalationsTable"]!;
        var store = rig.Get<IEscalationStore>();
        await store.OpenAsync(new EscalationRecord("thread-42", "support", "max_turns", "help@factumerit.app", "Help", rig.Clock.GetUtcNow()));

        var listed = await RunAsync("escalations", "list", "--storage", azurite.ConnectionString, "--table", table);
        var acked = await RunAsync("escalations", "ack", "thread-42", "--storage", azurite.ConnectionString, "--table", table);
        var unknown = await RunAsync("escalations", "ack", "thread-nope", "--storage", azurite.ConnectionString, "--table", table);
        var after = await RunAsync("escalations", "list", "--storage", azurite.ConnectionString, "--table", table);

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("thread-42", listed.Output, StringComparison.Ordinal);
        Assert.Contains("max_turns", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, acked.ExitCode);
        Assert.Equal("cli", (await store.GetAsync("thread-42"))!.PickedUpBy);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No escalation for thread thread-nope", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("0 open escalation(s).", after.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
