using System.Net;
using Factumerit.Email.Audit;
using Factumerit.Email.Inbound;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Personas.EndToEnd;
using Factumerit.Email.Storage.Stores.Inbound;
using Factumerit.Email.Users;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>
/// Two messages for one email (a repeat that arrived while the first was still queued) through the real worker and
/// support persona: the ledger claim lets one run do the work and turns the other away.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ConcurrentDeliveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Two_messages_worked_on_at_once_give_one_handler_run_and_one_model_call()
    {
        await using var world = await ModelPipeline.StartAsync(azurite);
        var held = new HeldModel();
        world.Llm.Responder = held.Answer;
        var email = await QuestionAsync(world);
        await QueueTwiceAsync(world, email);

        // The first run is held inside its model call while the second message is worked on.
        var first = world.Driver.InvokeNextAsync(world.Host.InboundQueue, ModelPipeline.Worker);
        try
        {
            await world.Driver.WaitUntilAsync(() => Task.FromResult(world.Llm.Requests.Count == 1), "the first run to call the model");
            await world.Driver.InvokeNextAsync(world.Host.InboundQueue, ModelPipeline.Worker);
            Assert.Equal(1, world.TurnedAway(email.Id));
            Assert.Equal(DeliveryEntity.Accepted, (await world.Driver.Service<DeliveryStore>().GetAsync(email.Id))!.Status);
        }
        finally
        {
            held.Release();
        }
        await first;
        await world.Driver.InvokeNextAsync(world.Host.OutboundQueue, ModelPipeline.Sender);

        Assert.Single(world.Llm.Requests);
        Assert.Single(await world.Driver.AuditAsync(email.Id), a => a.Kind == AuditKinds.Handled);
        Assert.Equal("Re: Password", Assert.Single(world.Resend.SentEmails).Subject);
        Assert.Equal(InboundOutcomes.Replied, (await world.Driver.Service<DeliveryStore>().GetAsync(email.Id))!.Outcome);
    }

    [Fact]
    public async Task A_claim_whose_run_died_is_taken_over_once_its_lease_has_ended()
    {
        await using var world = await ModelPipeline.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;
        var email = await QuestionAsync(world);
        Assert.Equal(HttpStatusCode.Accepted, (await world.Driver.DeliverAsync(email)).StatusCode);

        // The run claims the email, then dies on the fetch; its message is not coming back (the test took it).
        world.Resend.FailNext(500);
        var dead = await world.Driver.TakeNextAsync(world.Host.InboundQueue);
        using (var died = await world.Driver.InvokeAsync(ModelPipeline.Worker, dead))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, died.StatusCode);
        }
        await QueueTwiceAsync(world, email, alreadyAccepted: true);

        await world.Driver.InvokeNextAsync(world.Host.InboundQueue, ModelPipeline.Worker);
        Assert.Equal(1, world.TurnedAway(email.Id));
        Assert.Empty(world.Llm.Requests);

        world.Clock.Advance(world.Driver.Service<IOptions<InboundOptions>>().Value.ClaimLease + TimeSpan.FromSeconds(1));
        await world.Driver.InvokeNextAsync(world.Host.InboundQueue, ModelPipeline.Worker);
        await world.Driver.InvokeNextAsync(world.Host.OutboundQueue, ModelPipeline.Sender);

        Assert.Equal(1, world.TurnedAway(email.Id));
        Assert.Single(world.Llm.Requests);
        Assert.Single(await world.Driver.AuditAsync(email.Id), a => a.Kind == AuditKinds.Handled);
        Assert.Equal("reply:" + email.Id, Assert.Single(world.Resend.SentEmails).IdempotencyKey);
    }

    [Fact]
    public async Task A_failed_run_s_own_redelivery_takes_its_claim_back_before_the_lease_ends()
    {
        await using var world = await ModelPipeline.StartAsync(azurite);
        world.Llm.Responder = PersonaLlm.Answer;
        var email = await QuestionAsync(world);
        Assert.Equal(HttpStatusCode.Accepted, (await world.Driver.DeliverAsync(email)).StatusCode);

        world.Resend.FailNext(500);
        var message = await world.Driver.TakeNextAsync(world.Host.InboundQueue);
        using (var failed = await world.Driver.InvokeAsync(ModelPipeline.Worker, message))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }
        using (var retried = await world.Driver.InvokeAsync(ModelPipeline.Worker, message, dequeueCount: 2))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        }
        await world.Driver.InvokeNextAsync(world.Host.OutboundQueue, ModelPipeline.Sender);

        Assert.Equal(0, world.TurnedAway(email.Id));
        Assert.Single(world.Llm.Requests);
        Assert.Equal("Re: Password", Assert.Single(world.Resend.SentEmails).Subject);
    }

    private static async Task<FakeReceivedEmail> QuestionAsync(ModelPipeline world)
    {
        await world.Driver.Service<IUserDirectory>().EnsureAsync("ada@example.test", "Ada Lovelace", "operator");
        return new FakeReceivedEmail
        {
            From = "Ada Lovelace <ada@example.test>",
            To = ["support@factumerit.test"],
            Subject = "Password",
            MessageId = $"<{Guid.NewGuid():N}@example.test>",
            Text = "I forgot my password, how do I reset it?",
        };
    }

    /// <summary>Announces the email twice: the webhook queues a message each time, as it does until the row is completed.</summary>
    private static async Task QueueTwiceAsync(ModelPipeline world, FakeReceivedEmail email, bool alreadyAccepted = false)
    {
        using var once = await world.Driver.DeliverAsync(email);
        using var again = await world.Driver.DeliverAsync(email);
        Assert.Equal(alreadyAccepted ? HttpStatusCode.OK : HttpStatusCode.Accepted, once.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    /// <summary>Answers like the FAQ model, but only once the test lets it; the request is recorded on arrival.</summary>
    private sealed class HeldModel
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FakeChatReply Answer(FakeChatRequest request)
        {
            // Runs on a server thread, where blocking holds only this one request.
            _released.Task.Wait(Patience);
            return PersonaLlm.Answer(request);
        }

        public void Release() => _released.TrySetResult();
    }
}
