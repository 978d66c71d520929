using System.Globalization;
using Factumerit.Email.Assistant;
using Factumerit.Email.Drafting;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Functions.Assistant.Drafting.Gmail;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.IntegrationTests.Providers.Gmail;
using Factumerit.Email.Lifecycle;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Llm;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Drafting.Support;

/// <summary>
/// The drafting and lifecycle services wired as the host wires them, over a real GmailClient against the Gmail fake,
/// the real LLM client against the OpenAI-compatible fake, the real styles file, and the assistant's table stores on
/// Azurite (unique table names per harness).
/// </summary>
internal sealed class DraftingHarness : IAsyncDisposable
{
    public const string ContextModel = "context-model";
    public const string DraftModel = "draft-model";
    public const string Customer = "Ana Novak <ana@customer.test>";
    public const string DefaultDraft = "Hi Ana,\n\nMonday at 10 works for me.\n\nBest regards";

    private readonly ServiceProvider _services;

    private DraftingHarness(GmailHarness google, FakeLlmServer llm, ServiceProvider services, IReadOnlyDictionary<string, string> labelIds)
    {
        Google = google;
        Llm = llm;
        _services = services;
        LabelIds = labelIds;
        llm.Responder = request => request.Model == ContextModel ? ContextReply(request) : DraftReply(request);
    }

    public GmailHarness Google { get; }
    public FakeGmailServer Gmail => Google.Gmail;
    public FakeLlmServer Llm { get; }
    public string Mailbox => Google.Mailbox;
    public IReadOnlyDictionary<string, string> LabelIds { get; }
    public IAssistantEmailStore Store => _services.GetRequiredService<IAssistantEmailStore>();
    public RecordingReclassifier Reclassifier => _services.GetRequiredService<RecordingReclassifier>();

    /// <summary>The context model's answer; by default one search for the customer's earlier mail.</summary>
    public Func<FakeChatRequest, FakeChatReply> ContextReply { get; set; } = _ => FakeChatReply.Text("[\"from:ana@customer.test\"]");

    public Func<FakeChatRequest, FakeChatReply> DraftReply { get; set; } = _ => FakeChatReply.Text(DefaultDraft);

    public IReadOnlyList<FakeChatRequest> DraftRequests => Llm.Requests.Where(r => r.Model == DraftModel).ToList();

    public static async Task<DraftingHarness> StartAsync(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var google = await GmailHarness.StartAsync();
        var llm = await FakeLlmServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = llm.Endpoint.ToString(),
            ["Llm:ApiKey"] = llm.ApiKey,
            ["Llm:Model"] = "classify-model",
            ["Llm:DraftModel"] = DraftModel,
            ["Llm:ContextModel"] = ContextModel,
            ["Llm:MaxRetries"] = "0",
            ["Drafting:StylesFile"] = Path.Combine(RepositoryRoot.Find(), "config", "communication_styles.yaml"),
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Assistant:Storage:TablePrefix"] = "d" + Guid.NewGuid().ToString("N")[..10],
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(google.Clock)
            .AddLlm(configuration)
            .AddEmailStorage(configuration)
            .AddAssistantStores(configuration)
            .AddSingleton<RecordingReclassifier>()
            .AddSingleton<IReclassifier>(sp => sp.GetRequiredService<RecordingReclassifier>())
            .AddSingleton<IGmailMailboxClients>(new HarnessClients(google))
            .AddAssistantDrafting()
            .AddAssistantDraftingFunctions()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var labels = AssistantLabels.All.ToDictionary(name => name, name => google.Gmail.SeedLabel(google.Mailbox, name));
        return new DraftingHarness(google, llm, services, labels);
    }

    /// <summary>The email's record as stored.</summary>
    public async Task<AssistantEmail> RecordAsync(string messageId) =>
        await Store.GetAsync(Mailbox, messageId) ?? throw new InvalidOperationException($"No record for {messageId}.");

    /// <summary>Every event stored for the mailbox, oldest first.</summary>
    public async Task<IReadOnlyList<(string Type, string? ThreadId, string? Detail)>> EventsAsync()
    {
        var table = await _services.GetRequiredService<AssistantTables>().EventsAsync(CancellationToken.None);
        var events = new List<(DateTimeOffset At, string Type, string? ThreadId, string? Detail)>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Mailbox}")))
        {
            events.Add((row.GetDateTimeOffset("At") ?? default, row.GetString("Type") ?? "", row.GetString("ThreadId"), row.GetString("Detail")));
        }
        return [.. events.OrderBy(e => e.At).Select(e => (e.Type, e.ThreadId, e.Detail))];
    }

    /// <summary>Runs a scoped service once, as a queue function would.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> run) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Runs a queue function by name on raw message text, as either hosting mode does.</summary>
    public async Task RunFunctionAsync(string name, string messageText)
    {
        await using var scope = _services.CreateAsyncScope();
        var function = scope.ServiceProvider.GetRequiredKeyedService<IQueueFunction>(name);
        await function.RunAsync(new QueueInvocation(name, messageText, "m-1", 1, null), CancellationToken.None);
    }

    public GmailClient Client() => Google.CreateClient();

    /// <summary>Delivers an email from the customer and stores its record as the classifier would.</summary>
    public async Task<FakeGmailMessageView> SeedEmailAsync(string subject, string body, string category = Categories.NeedsResponse,
        string? threadId = null, int? messageCount = null)
    {
        var message = Gmail.SeedMessage(Mailbox, Customer, Mailbox, subject, body,
            ["INBOX", "UNREAD", LabelIds[AssistantLabels.ForCategory(category)]], threadId: threadId);
        await Store.TryAddAsync(new AssistantEmail
        {
            Mailbox = Mailbox,
            MessageId = message.Id,
            ThreadId = message.ThreadId,
            From = "ana@customer.test",
            Subject = subject,
            Category = category,
            Style = "business",
            Status = EmailStatus.Pending,
            MessageCount = messageCount ?? Gmail.GetThread(Mailbox, message.ThreadId).Count,
        });
        return message;
    }

    public IReadOnlyList<FakeGmailDraftView> DraftsIn(string threadId) =>
        Gmail.GetDrafts(Mailbox).Where(d => d.Message.ThreadId == threadId).ToList();

    /// <summary>Every label name on any message of the thread.</summary>
    public IReadOnlySet<string> LabelsOn(string threadId)
    {
        var names = Gmail.GetLabels(Mailbox).ToDictionary(l => l.Id, l => l.Name);
        return Gmail.GetThread(Mailbox, threadId).SelectMany(m => m.LabelIds).Select(id => names.GetValueOrDefault(id, id)).ToHashSet();
    }

    public static string Describe(DraftOutcome outcome) => string.Create(CultureInfo.InvariantCulture,
        $"{outcome.Result}: LLM calls {outcome.LlmCalls}, prompt tokens {outcome.PromptTokens}, completion tokens {outcome.CompletionTokens}, Gmail quota units {outcome.GmailQuotaUnits}");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Llm.DisposeAsync();
        await Google.DisposeAsync();
    }

    private sealed class HarnessClients(GmailHarness google) : IGmailMailboxClients
    {
        public Task<GmailClient> CreateClientAsync(string mailbox, CancellationToken cancellationToken = default) =>
            Task.FromResult(google.CreateClient(mailbox));
    }
}
