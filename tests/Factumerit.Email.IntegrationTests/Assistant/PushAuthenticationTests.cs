using System.Net;
using System.Security.Cryptography;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Messages;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>Only our Pub/Sub subscription may start a sync.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PushAuthenticationTests(AzuriteFixture azurite)
{
    public static TheoryData<string> BadTokens => ["forged", "wrong-audience", "wrong-service-account", "unverified-email", "missing"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_push_without_our_valid_token_is_refused_with_401_and_queues_nothing(string kind)
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        await harness.ConnectAsync();
        using var otherKey = RSA.Create(2048);
        var token = kind switch
        {
            "forged" => harness.Jwks.MintPushToken(AssistantHarness.PushAudience, AssistantHarness.PushServiceAccount, signingKey: otherKey),
            "wrong-audience" => harness.Jwks.MintPushToken("https://someone-else.example/push", AssistantHarness.PushServiceAccount),
            "wrong-service-account" => harness.Jwks.MintPushToken(AssistantHarness.PushAudience, "attacker@evil-project.iam.gserviceaccount.com"),
            "unverified-email" => harness.Jwks.MintPushToken(AssistantHarness.PushAudience, AssistantHarness.PushServiceAccount, emailVerified: false),
            _ => "",
        };

        var response = await harness.PushAsync(token: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await harness.PeekAsync(AssistantQueues.MailboxSync));
        Assert.Null((await harness.Mailboxes.GetAsync(harness.Mailbox))!.SyncPendingUntil);
    }

    [Fact]
    public async Task A_valid_push_for_an_unknown_mailbox_is_acknowledged_audited_and_ignored()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        const string stranger = "stranger@example.test";

        var response = await harness.PushAsync(emailAddress: stranger, historyId: 12345);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await harness.PeekAsync(AssistantQueues.MailboxSync));
        var rows = await AssistantTableDump.ReadAllAsync(azurite, harness.TablePrefix + "AssistantEvents");
        Assert.Contains(rows, r => r.Contains(AssistantEventTypes.PushIgnored, StringComparison.Ordinal) && r.Contains(stranger, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_burst_of_pushes_queues_one_sync_and_a_numeric_history_id_is_accepted()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite, s => s["Assistant:SyncCoalesceWindow"] = "00:00:30");
        await harness.ConnectAsync();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await harness.PushAsync(historyId: 41_000 + i)).StatusCode);
        }

        // Delayed to the window's end, so it sees every change the burst announced.
        Assert.Equal(1, await harness.CountAsync(AssistantQueues.MailboxSync));
        Assert.Empty(await harness.PeekAsync(AssistantQueues.MailboxSync));
        Assert.NotNull((await harness.Mailboxes.GetAsync(harness.Mailbox))!.SyncPendingUntil);
    }

    [Fact]
    public async Task A_body_that_is_not_a_gmail_notification_is_a_bad_request()
    {
        await using var harness = await AssistantHarness.StartAsync(azurite);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/gmail")
        {
            Content = new StringContent("""{"message":{"data":"bm90IGpzb24"}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", harness.Jwks.MintPushToken(AssistantHarness.PushAudience, AssistantHarness.PushServiceAccount));

        var response = await harness.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
