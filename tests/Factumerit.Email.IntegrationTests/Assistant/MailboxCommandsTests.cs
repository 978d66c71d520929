using System.CommandLine;
using Factumerit.Email.Assistant;
using Factumerit.Email.Cli;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary><c>factumerit mailbox add|list|remove</c> against the Google fakes and Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MailboxCommandsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Add_list_and_remove_a_mailbox()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);

        var (added, addOutput) = await RunAsync(harness, "mailbox", "add", harness.Mailbox.ToUpperInvariant(),
            "--refresh-token-setting", AssistantHarness.RefreshTokenSetting, "--language", "cs", "--blacklist", "*@marketing.example.com",
            "--style", "boss@client.example=formal");
        var (listed, listOutput) = await RunAsync(harness, "mailbox", "list");

        Assert.True(added == 0, addOutput);
        Assert.Contains("Connected " + harness.Mailbox, addOutput, StringComparison.Ordinal);
        Assert.Contains("watched until", addOutput, StringComparison.Ordinal);
        var stored = await harness.Mailboxes.GetAsync(harness.Mailbox);
        Assert.Equal(("cs", "formal"), (stored!.Settings.DefaultLanguage, stored.Settings.StyleOverrides["boss@client.example"]));
        Assert.Equal(["*@marketing.example.com"], stored.Settings.Blacklist);
        Assert.Equal(AssistantLabels.All.Count, stored.LabelIds.Count);
        Assert.Equal(0, listed);
        Assert.Contains(harness.Mailbox, listOutput, StringComparison.Ordinal);
        Assert.Contains(AssistantHarness.RefreshTokenSetting, listOutput, StringComparison.Ordinal);

        var (removed, _) = await RunAsync(harness, "mailbox", "remove", harness.Mailbox);
        var (again, againOutput) = await RunAsync(harness, "mailbox", "remove", harness.Mailbox);

        Assert.Equal(0, removed);
        Assert.Null(await harness.Mailboxes.GetAsync(harness.Mailbox));
        Assert.Equal(1, again);
        Assert.Contains("No such mailbox", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_setting_that_is_not_set_is_named_in_the_error()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);

        var (exitCode, output) = await RunAsync(harness, "mailbox", "add", harness.Mailbox, "--refresh-token-setting", "Mailboxes__nobody__RefreshToken");

        Assert.Equal(1, exitCode);
        Assert.Contains("Setting 'Mailboxes__nobody__RefreshToken'", output, StringComparison.Ordinal);
        Assert.Null(await harness.Mailboxes.GetAsync(harness.Mailbox));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(AssistantHarness harness, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(harness.Settings).Build();
        var output = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }
}
