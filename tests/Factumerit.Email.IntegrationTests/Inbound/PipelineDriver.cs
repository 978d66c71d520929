using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Factumerit.Email.Audit;
using Factumerit.Email.IntegrationTests.Fakes.Resend;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Audit;
using Factumerit.Email.Storage.Stores.Inbound;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>Drives a <see cref="PersonaHost"/> the way Resend does, and reads what the pipeline left behind.</summary>
internal sealed class PipelineDriver(PersonaHost host, FakeResendServer? resend)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private readonly HttpClient _http = host.CreateClient();

    public HttpClient Http => _http;

    /// <summary>Seeds the email at the fake (when there is one) and posts its signed <c>email.received</c>.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(FakeReceivedEmail email, byte[]? raw = null, string? svixId = null)
    {
        resend?.SeedReceivedEmail(email, raw);
        return await PostAsync(FakeResendWebhook.EmailReceivedBody(email, DateTimeOffset.UtcNow), svixId ?? "msg_" + Guid.NewGuid().ToString("N"));
    }

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string svixId, string secret = PersonaHost.WebhookSecret,
        DateTimeOffset? signedAt = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/resend") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in FakeResendWebhook.SignedHeaders(secret, svixId, signedAt ?? DateTimeOffset.UtcNow, body))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await _http.SendAsync(request);
    }

    /// <summary>Delivers and waits until the email is handled and everything it queued has gone out.</summary>
    public async Task HandleAsync(FakeReceivedEmail email, byte[]? raw = null)
    {
        using var response = await DeliverAsync(email, raw);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        await WaitForSettledAsync(email.Id);
    }

    /// <summary>Waits until the worker completed the email and no outbox email is still queued.</summary>
    public Task WaitForSettledAsync(string emailId) => WaitUntilAsync(async () =>
        await Service<DeliveryStore>().IsCompletedAsync(emailId)
        && (await Outbox()).All(item => OutboxStatus.IsFinal(item.Status)), $"email {emailId} to be handled and its mail sent");

    public Task<IReadOnlyList<OutboxItem>> Outbox() => Service<OutboxStore>().ListAsync();

    public async Task<IReadOnlyList<AuditEvent>> AuditAsync(string emailId) =>
        (await Service<AuditLogStore>().RecentAsync(1000, DateTimeOffset.UtcNow, days: 2)).Where(e => e.EmailId == emailId).ToList();

    /// <summary>Takes the oldest message off the queue and POSTs it to the function as the Functions host would (custom-handler mode).</summary>
    public async Task InvokeNextAsync(string queueName, string function)
    {
        using var response = await InvokeAsync(function, await TakeNextAsync(queueName));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Receives the oldest message and deletes it, so the test decides whether and when it is delivered again.</summary>
    public async Task<QueueMessage> TakeNextAsync(string queueName)
    {
        var queue = Service<QueueServiceClient>().GetQueueClient(queueName);
        var message = Assert.Single((await queue.ReceiveMessagesAsync(1)).Value);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
        return message;
    }

    /// <summary>POSTs one delivery of <paramref name="message"/> to the function; a failed run answers 500.</summary>
    public Task<HttpResponseMessage> InvokeAsync(string function, QueueMessage message, int dequeueCount = 1)
    {
        var payload = JsonSerializer.Serialize(new { Data = new { message = message.MessageText }, Metadata = new { Id = message.MessageId, DequeueCount = dequeueCount } });
        return _http.PostAsync("/" + function, new StringContent(payload, Encoding.UTF8, "application/json"));
    }

    public T Service<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public Task WaitUntilAsync(Func<Task<bool>> condition, string what) => WaitUntilAsync(condition, what, host.Log);

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, HostLog? log = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {what}. Host log:{Environment.NewLine}{log}");
            }
            await Task.Delay(50);
        }
    }
}
