using System.Net;
using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Storage.Stores.Diagnostics;
using Xunit.Abstractions;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>
/// What one email costs in storage transactions (requests), counted by the meter in the clients' pipelines. The host
/// runs as a custom handler: no listeners poll, so every request counted is the pipeline's own. Creating a table or
/// queue happens once per process and is left out. The figures are in docs/persona-pipeline.md.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageTransactionTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task An_answered_email_costs_a_bounded_number_of_storage_transactions()
    {
        await using var resend = await FakeResendServer.StartAsync();
        await using var host = new PersonaHost(azurite, resend, customHandler: true);
        var driver = new PipelineDriver(host, resend);
        var meter = driver.Service<StorageTransactionMeter>();
        var question = new FakeReceivedEmail { From = "ada@example.test", MessageId = "<t1@example.test>", Subject = "Cost" };
        await driver.Service<Users.IUserDirectory>().EnsureAsync("ada@example.test", "Ada", "operator");

        var accept = await MeasureAsync(meter, "webhook accept", async () =>
            Assert.Equal(HttpStatusCode.Accepted, (await driver.DeliverAsync(question)).StatusCode));
        var first = await MeasureAsync(meter, "worker, first message of a thread", () => driver.InvokeNextAsync(host.InboundQueue, "inbound-worker"));
        var send = await MeasureAsync(meter, "outbound send", () => driver.InvokeNextAsync(host.OutboundQueue, "outbound-sender"));

        var reply = new FakeReceivedEmail
        {
            From = "ada@example.test", Subject = "Re: Cost", MessageId = "<t2@example.test>",
            Headers = new Dictionary<string, string> { ["In-Reply-To"] = "<ours@resend.test>", ["References"] = "<t1@example.test> <ours@resend.test>" },
        };
        await driver.DeliverAsync(reply);
        var inThread = await MeasureAsync(meter, "worker, reply in a thread", () => driver.InvokeNextAsync(host.InboundQueue, "inbound-worker"));
        var turnCount = host.Script.Calls.Last().TurnCount;
        var duplicateOfHandled = await MeasureAsync(meter, "webhook duplicate of a handled email", async () =>
            Assert.Equal(HttpStatusCode.OK, (await driver.DeliverAsync(question)).StatusCode));
        var waiting = new FakeReceivedEmail { From = "ada@example.test", Subject = "Later" };
        await driver.DeliverAsync(waiting);
        var duplicateOfWaiting = await MeasureAsync(meter, "webhook duplicate of an email not handled yet", async () =>
            Assert.Equal(HttpStatusCode.OK, (await driver.DeliverAsync(waiting)).StatusCode));
        await driver.InvokeNextAsync(host.InboundQueue, "inbound-worker");
        var secondForHandled = await MeasureAsync(meter, "worker, a second message for a handled email", () => driver.InvokeNextAsync(host.InboundQueue, "inbound-worker"));
        var held = new FakeReceivedEmail { From = "ada@example.test", Subject = "Held" };
        await driver.DeliverAsync(held);
        Assert.Equal(InboundClaim.Claimed, await driver.Service<IInboundLedger>().ClaimAsync(held.Id, "another-run"));
        var callsBefore = host.Script.Calls.Count;
        var secondForHeld = await MeasureAsync(meter, "worker, a message for an email another run holds", () => driver.InvokeNextAsync(host.InboundQueue, "inbound-worker"));

        // Worker and sender figures include the queue's own receive and delete of the message (2).
        Assert.Equal("Re: Cost", Assert.Single(resend.SentEmails).Subject);
        Assert.Equal(2, accept);
        Assert.Equal(2, duplicateOfHandled);
        Assert.InRange(first, 1, 14);
        Assert.InRange(send, 1, 5);
        Assert.InRange(inThread, 1, 17);
        Assert.Equal(3, duplicateOfWaiting);
        Assert.Equal(3, secondForHandled);
        Assert.Equal(3, secondForHeld);
        Assert.Equal(callsBefore, host.Script.Calls.Count);
        Assert.Equal(1, turnCount);
    }

    private async Task<long> MeasureAsync(StorageTransactionMeter meter, string what, Func<Task> action)
    {
        var before = meter.Snapshot();
        await action();
        var counted = StorageTransactionMeter.Difference(before, meter.Snapshot())
            .Where(p => !p.Key.EndsWith("create_table", StringComparison.Ordinal) && !p.Key.EndsWith("create_queue", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var total = counted.Sum(p => p.Value);
        output.WriteLine($"{what}: {total} ({string.Join(", ", counted.Select(p => $"{p.Key} {p.Value}"))})");
        return total;
    }
}
