using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>
/// Gmail REST v1 on 127.0.0.1: an in-memory mailbox per user (messages with labels and threads, drafts, system
/// and user labels, a history log with a rising historyId), the real JSON and error shapes, Google's request
/// strictness, label rules (DRAFT/SENT fixed, ≤100 ids per modify, 409 on duplicate names), the draft
/// threading rule, bearer tokens from <see cref="FakeGoogleAccessTokens"/>, injected failures and per-user
/// quota counting. Start it with <see cref="StartAsync"/>; seed and inspect with the methods below.
/// </summary>
public sealed partial class FakeGmailServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, FakeGmailMailbox> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeGmailRequest> _requests = new();
    private readonly ConcurrentQueue<(int Status, string Reason)> _failures = new();

    private FakeGmailServer(WebApplication app, FakeGoogleAccessTokens tokens, TimeProvider time)
    {
        _app = app;
        _time = time;
        Tokens = tokens;
    }

    public FakeGoogleAccessTokens Tokens { get; }

    /// <summary>The value for <c>Gmail:BaseUrl</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<FakeGmailRequest> Requests => [.. _requests];

    public static async Task<FakeGmailServer> StartAsync(FakeGoogleAccessTokens tokens, TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        var app = FakeKestrel.Create();
        var server = new FakeGmailServer(app, tokens, timeProvider ?? TimeProvider.System);
        app.Map("/gmail/v1/users/{userId}/{**rest}", server.HandleAsync);
        server.BaseAddress = await FakeKestrel.StartAsync(app, cancellationToken);
        return server;
    }

    /// <summary>The next <paramref name="times"/> authenticated requests fail with this status and reason.</summary>
    public void FailNext(int status, string reason, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue((status, reason));
        }
    }

    public long QuotaUnits(string user) => Read(user, m => m.QuotaUnits);

    public ulong CurrentHistoryId(string user) => Read(user, m => m.HistoryId);

    /// <summary>From now on, history.list from any start id up to the current one answers 404.</summary>
    public void ExpireHistory(string user) => Read(user, m => m.OldestHistoryId = m.HistoryId + 1);

    public FakeGmailMessageView? GetMessage(string user, string id) => Read(user, m => m.Find(id)?.ToView());

    public IReadOnlyList<FakeGmailMessageView> GetMessages(string user) => Read(user, m => m.Messages.Select(x => x.ToView()).ToList());

    public IReadOnlyList<FakeGmailMessageView> GetThread(string user, string threadId) =>
        Read(user, m => m.Messages.Where(x => x.ThreadId == threadId).Select(x => x.ToView()).ToList());

    /// <summary>The drafts as the user's Drafts folder shows them; trashed ones only with <paramref name="includeTrash"/>.</summary>
    public IReadOnlyList<FakeGmailDraftView> GetDrafts(string user, bool includeTrash = false) =>
        Read(user, m => m.Drafts.Select(d => new FakeGmailDraftView(d.Key, m.Find(d.Value)!.ToView()))
            .Where(d => includeTrash || !d.Message.LabelIds.Contains("TRASH")).ToList());

    public IReadOnlyList<FakeGmailLabelView> GetLabels(string user) =>
        Read(user, m => m.Labels.Select(l => new FakeGmailLabelView(l.Id, l.Name, l.Type)).ToList());

    public FakeGmailWatchView? GetWatch(string user) =>
        Read(user, m => m.Watch is { } w ? new FakeGmailWatchView(w.TopicName, w.LabelIds, w.LabelFilterBehavior, w.Expiration) : null);

    /// <summary>Adds a user label directly (no history, no quota), returning its id.</summary>
    public string SeedLabel(string user, string name) => Read(user, m =>
    {
        var label = new FakeLabel(m.NewLabelId(), name, "user", "labelShow", "show");
        m.Labels.Add(label);
        return label.Id;
    });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private FakeGmailMailbox Mailbox(string user) => _mailboxes.GetOrAdd(user, u => new FakeGmailMailbox(u));

    private T Read<T>(string user, Func<FakeGmailMailbox, T> read)
    {
        var mailbox = Mailbox(user);
        lock (mailbox.Gate)
        {
            return read(mailbox);
        }
    }

    private FakeGmailError? NextInjectedFailure() =>
        _failures.TryDequeue(out var failure) ? FakeGmailError.Injected(failure.Status, failure.Reason) : null;

    private void Record(FakeGmailRequest request) => _requests.Enqueue(request);
}
