using Factumerit.Email.Assistant;
using Factumerit.Email.Cli;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Triage;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.IntegrationTests.Triage;

/// <summary><c>factumerit triage organize</c> against the host's storage: it starts the run and prints progress until the worker finishes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrganizeCliTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Organize_starts_the_run_and_prints_progress_until_it_is_done()
    {
        var (harness, _) = await TriageHarness.StartAsync(azurite, [TriageOrganizeFunctions.Worker],
            settings => settings["Triage:Organize:PageSize"] = "2");
        await using var _h = harness;
        for (var i = 0; i < 3; i++)
        {
            harness.SeedInbound($"Weekly digest {i}", "This week's reading list.", $"Digest <digest@news{i}.example>");
        }
        harness.Llm.Responder = _ => FakeChatReply.Text(TriageHarness.TriageAnswerJson(Categories.Fyi, TriageFolders.Feed, 0.9));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(harness.Settings).Build();
        var output = new StringWriter();

        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(["triage", "organize", harness.Mailbox])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = output });

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("Started Organize Inbox: run ", text, StringComparison.Ordinal);
        Assert.Contains("[completed] pages 2/2: 3 threads seen, 3 moved, 0 kept, 0 to Review, 0 skipped, 0 errors", text, StringComparison.Ordinal);
    }
}
