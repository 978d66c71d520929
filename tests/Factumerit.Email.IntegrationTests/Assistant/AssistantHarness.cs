using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Audit;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Hosting.Standalone;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Credentials;
using Factumerit.Email.Storage.Connection;
using Factumerit.Email.Storage.Queues;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// One test's world: the Google fakes (Gmail, token endpoint, JWKS), a fake LLM, Azurite with unique table and
/// queue names, and the real host running standalone against all of them.
/// </summary>
internal sealed class AssistantHarness : IAsyncDisposable
{
    public const string PushAudience = "https://email.factumerit.test/api/webhooks/gmail";
    public const string PushServiceAccount = "gmail-push@factumerit-test.iam.gserviceaccount.com";
    public const string PushTopic = "projects/factumerit-test/topics/gmail";
    public const string ClientId = "assistant-client.apps.googleusercontent.com";
    public const string ClientSecret = "assistant-client-secret";
    public const string AdminKey = "admin-key-for-tests-0123456789";
    public const string RefreshTokenSetting = "Mailboxes__owner__RefreshToken";

    private readonly AzuriteFixture _azurite;
    private AssistantHost _host = null!;

    private AssistantHarness(AzuriteFixture azurite) => _azurite = azurite;

    public FakeGoogleAccessTokens Tokens { get; } = new();
    public FakeGmailServer Gmail { get; private set; } = null!;
    public FakeGoogleTokenServer TokenServer { get; private set; } = null!;
    public FakeGoogleJwks Jwks { get; private set; } = null!;
    public FakeLlmServer Llm { get; private set; } = null!;
    public StorageRequestCounter Storage { get; } = new();

    public string Mailbox { get; } = $"owner-{Guid.NewGuid():N}@example.test";
    public string TablePrefix { get; } = "t" + Guid.NewGuid().ToString("N")[..10];
    public string QueuePrefix { get; } = "q" + Guid.NewGuid().ToString("N")[..8] + "-";

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The host's settings, for running the CLI against the same fakes and tables.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = null!;
    public IServiceProvider Services => _host.Services;

    // The test reads state through its own stores, so its polling is not counted as the host's storage use.
    public IMailboxStore Mailboxes { get; private set; } = null!;
    public IAssistantEmailStore Emails { get; private set; } = null!;
    public IAssistantEventLog Events { get; private set; } = null!;
    public LlmAuditStore LlmAudit { get; private set; } = null!;

    public static async Task<AssistantHarness> StartAsync(AzuriteFixture azurite, Action<Dictionary<string, string?>>? configure = null,
        Action<IServiceCollection>? services = null, IReadOnlyList<string>? alsoRunning = null)
    {
        var harness = new AssistantHarness(azurite);
        harness.Gmail = await FakeGmailServer.StartAsync(harness.Tokens);
        harness.TokenServer = await FakeGoogleTokenServer.StartAsync(harness.Tokens);
        harness.Jwks = await FakeGoogleJwks.StartAsync();
        harness.Llm = await FakeLlmServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Gmail:BaseUrl"] = harness.Gmail.BaseAddress.ToString(),
            ["Gmail:TokenUrl"] = harness.TokenServer.TokenUrl.ToString(),
            ["Gmail:JwksUrl"] = harness.Jwks.JwksUrl.ToString(),
            ["Gmail:PushAudience"] = PushAudience,
            ["Gmail:PushServiceAccount"] = PushServiceAccount,
            ["Gmail:PushTopic"] = PushTopic,
            ["Gmail:MaxRetries"] = "0",
            ["Gmail:ClientId"] = ClientId,
            ["Gmail:ClientSecret"] = ClientSecret,
            ["Mailboxes:owner:RefreshToken"] = harness.TokenServer.RegisterRefreshToken(harness.Mailbox, ClientId, ClientSecret),
            ["Llm:Endpoint"] = harness.Llm.Endpoint.ToString(),
            ["Llm:ApiKey"] = harness.Llm.ApiKey,
            ["Llm:Model"] = "classify-mini",
            ["Llm:MaxRetries"] = "0",
            ["Admin:ApiKey"] = AdminKey,
            ["Assistant:Storage:TablePrefix"] = harness.TablePrefix,
            ["Assistant:Storage:QueuePrefix"] = harness.QueuePrefix,
            ["Assistant:SyncCoalesceWindow"] = "00:00:01",
            // The fake's search has no newer_than:, so the bounded full sync lists the inbox (capped) instead.
            ["Assistant:FullSyncQuery"] = "in:inbox",
            ["Assistant:FullSyncMaxMessages"] = "20",
            ["Queues:MinPollingInterval"] = "00:00:00.050",
            ["Queues:MaxPollingInterval"] = "00:00:00.200",
            ["Queues:RetryDelay"] = "00:00:00",
        };
        configure?.Invoke(settings);
        harness.Settings = settings;
        harness._host = new AssistantHost(settings, harness.Storage, services, alsoRunning);
        var tables = new AssistantTables(new TableServiceClient(StorageConnection.Parse(azurite.ConnectionString)),
            Options.Create(new AssistantStorageOptions { TablePrefix = harness.TablePrefix, QueuePrefix = harness.QueuePrefix }));
        harness.Mailboxes = new MailboxStore(tables);
        harness.Emails = new AssistantEmailStore(tables, TimeProvider.System);
        harness.Events = new AssistantEventStore(tables);
        harness.LlmAudit = new LlmAuditStore(tables);
        harness.Http = harness._host.CreateClient();
        return harness;
    }

    /// <summary>Connects the test mailbox through the real connector, as <c>factumerit mailbox add</c> does.</summary>
    public Task<Mailbox> ConnectAsync(MailboxSettings? settings = null) =>
        Services.GetRequiredService<MailboxConnector>().ConnectAsync(new MailboxRegistration(Mailbox,
            MailboxCredentialRef.ForRefreshToken(RefreshTokenSetting, "Gmail__ClientId", "Gmail__ClientSecret"), settings ?? new MailboxSettings()));

    /// <summary>The user's own Gmail access, for changing labels the way the Gmail UI does.</summary>
    public GmailClient UserClient()
    {
        var refresh = TokenServer.RegisterRefreshToken(Mailbox, ClientId, ClientSecret);
        var credential = Services.GetRequiredService<GmailCredentialFactory>().FromRefreshToken(Mailbox, ClientId, ClientSecret, refresh);
        return Services.GetRequiredService<GmailClientFactory>().Create(credential);
    }

    public FakeGmailMessageView SeedInbound(string subject, string body = "Could you send me the signed contract today?",
        string from = "Alice Client <alice@client.example>", IReadOnlyDictionary<string, string>? headers = null) =>
        Gmail.SeedMessage(Mailbox, from, Mailbox, subject, body, headers: headers);

    /// <summary>Posts a Pub/Sub push for the mailbox with a valid token (or <paramref name="token"/>).</summary>
    public async Task<HttpResponseMessage> PushAsync(string? token = null, string? emailAddress = null, object? historyId = null)
    {
        var data = new JsonObject
        {
            ["emailAddress"] = emailAddress ?? Mailbox,
            ["historyId"] = JsonValue.Create(historyId ?? Gmail.CurrentHistoryId(Mailbox).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(data.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var body = new JsonObject
        {
            ["message"] = new JsonObject { ["data"] = encoded, ["messageId"] = Guid.NewGuid().ToString("N"), ["publishTime"] = "2025-01-14T10:00:00Z" },
            ["subscription"] = "projects/factumerit-test/subscriptions/gmail-push",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/gmail")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Jwks.MintPushToken(PushAudience, PushServiceAccount));
        return await Http.SendAsync(request);
    }

    public void AnswerWith(string category, string confidence = "high", string language = "en", string style = "business") =>
        Llm.Responder = _ => FakeChatReply.Text(
            $$"""{"category":"{{category}}","confidence":"{{confidence}}","reasoning":"test answer","detected_language":"{{language}}","resolved_style":"{{style}}"}""",
            promptTokens: 300, completionTokens: 40);

    public async Task<string> LabelIdAsync(string name) =>
        (await Mailboxes.GetAsync(Mailbox))!.LabelId(name) ?? throw new InvalidOperationException($"No label {name}.");

    public async Task<FakeGmailMessageView> WaitForLabelAsync(string messageId, string labelName)
    {
        var id = await LabelIdAsync(labelName);
        await ListenerHarness.EventuallyAsync(() => Gmail.GetMessage(Mailbox, messageId)!.LabelIds.Contains(id), $"label {labelName} on {messageId}");
        return Gmail.GetMessage(Mailbox, messageId)!;
    }

    /// <summary>Waits until the record is complete (labelled, evented, draft requested).</summary>
    public async Task<AssistantEmail> WaitForClassificationAsync(string messageId)
    {
        AssistantEmail? record = null;
        await ListenerHarness.EventuallyAsync(async () => (record = await Emails.GetAsync(Mailbox, messageId)) is { LabelApplied: true },
            $"message {messageId} to be classified");
        return record!;
    }

    public QueueClient Queue(string name) =>
        new QueueServiceClient(StorageConnection.Parse(_azurite.ConnectionString)).GetQueueClient(QueuePrefix + name);

    public async Task<IReadOnlyList<string>> PeekAsync(string name)
    {
        var queue = Queue(name);
        await queue.CreateIfNotExistsAsync();
        return (await queue.PeekMessagesAsync(32)).Value.Select(m => m.MessageText).ToList();
    }

    /// <summary>Messages in the queue, visible or delayed.</summary>
    public async Task<int> CountAsync(string name)
    {
        var queue = Queue(name);
        await queue.CreateIfNotExistsAsync();
        return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }

    /// <summary>Waits until the sync and classify queues are drained.</summary>
    public async Task WaitForIdleAsync()
    {
        foreach (var name in new[] { "mailbox-sync", "classify" })
        {
            var queue = Queue(name);
            await queue.CreateIfNotExistsAsync();
            await ListenerHarness.EventuallyAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, $"queue {name} to drain");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        await Llm.DisposeAsync();
        await Jwks.DisposeAsync();
        await TokenServer.DisposeAsync();
        await Gmail.DisposeAsync();
    }
}
