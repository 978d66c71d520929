using System.Net.Sockets;
using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Cli;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Personas;
using Factumerit.Email.Storage.Stores.Outbox;
using Factumerit.Email.Storage.Stores.Samples;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>No <c>Resend__ApiKey</c>: received mail comes from the local samples table, replies stay in the local outbox.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentModeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Without_a_resend_key_the_reply_lands_in_the_local_outbox_and_outbox_list_shows_it()
    {
        await using var host = new PersonaHost(azurite, resend: null);
        host.Script.Decide = _ => HandlerResult.Reply("Yes, run scripts/dev.sh.");
        var driver = new PipelineDriver(host, null);
        var email = new FakeReceivedEmail { From = "ada@example.test", Subject = "Can I try it locally?", Text = "Can I?" };
        await driver.Service<ReceivedSampleStore>().SeedAsync(new InboundEmail
        {
            EmailId = email.Id, From = email.From, To = email.To, Subject = email.Subject, MessageId = email.MessageId, Text = email.Text,
        });

        await driver.HandleAsync(email);

        var kept = Assert.Single(await driver.Outbox());
        Assert.Equal(OutboxStatus.RecordedLocally, kept.Status);
        var (exitCode, output, error) = await CliRun.RunAsync("outbox", "list", "--storage", host.Storage, "--table", host.Tables.Outbox);
        Assert.True(exitCode == 0, error);
        Assert.Contains("Re: Can I try it locally?", output);
        Assert.Contains("ada@example.test", output);
        Assert.Contains("recorded_locally", output);
        Assert.Contains("reply", output);
    }

    [Fact]
    public async Task Replaying_the_repository_samples_answers_the_people_and_ignores_the_rest()
    {
        var routing = TestRouting.Write("""
            domains: [factumerit.app]
            routes:
              support: { action: ai, handler: support }
              eis: { action: ai, handler: eis }
            """);
        await using var host = new PersonaHost(azurite, resend: null, routing,
            services: services => services.AddKeyedScoped<IEmailHandler, ScriptedHandler>(PersonaNames.Eis));
        var port = FreePort();
        host.UseKestrel(port);
        host.StartServer();
        var driver = new PipelineDriver(host, null);

        var (exitCode, output, error) = await CliRun.RunAsync("samples", "replay", "--url", $"http://127.0.0.1:{port}",
            "--secret", PersonaHost.WebhookSecret, "--dir", Path.Combine(RepositoryRoot.Find(), "samples", "inbound"),
            "--storage", host.Storage, "--table", host.Tables.SamplesReceived);

        Assert.True(exitCode == 0, output + error);
        var lines = output.Split('\n').Where(l => l.Contains(".json: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, lines.Count);
        Assert.All(lines, line => Assert.Contains(": 202 accepted", line));
        var ids = lines.Select(l => l.Split("(email ")[1].TrimEnd(')', '\r')).ToList();
        foreach (var id in ids)
        {
            await driver.WaitForSettledAsync(id);
        }

        var outbox = await driver.Outbox();
        Assert.Equal(["Re: add task", "Re: How do I share a project?", "Re: How do I share a project?"], outbox.Select(o => o.Email.Subject).Order());
        Assert.All(outbox, o => Assert.Equal(OutboxStatus.RecordedLocally, o.Status));
        Assert.Equal(AuditKinds.Dropped, Assert.Single(await driver.AuditAsync(ids[2])).Kind);
        Assert.Equal(AuditKinds.SuppressedLoop, Assert.Single(await driver.AuditAsync(ids[3])).Kind);
        Assert.Contains(host.Script.Calls, c => c.ReplyText == "Thanks! And can they edit tasks, or only read them?");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
