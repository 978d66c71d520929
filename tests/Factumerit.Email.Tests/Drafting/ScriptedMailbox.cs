using Factumerit.Email.Drafting.Mail;

namespace Factumerit.Email.Tests.Drafting;

/// <summary>A hand-written in-memory mailbox for context gathering: search answers and threads by id.</summary>
internal sealed class ScriptedMailbox : IAssistantMailbox
{
    public Dictionary<string, IReadOnlyList<string>> SearchResults { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MailThread> Threads { get; } = new(StringComparer.Ordinal);
    public List<string> Searches { get; } = [];
    public List<string> Fetched { get; } = [];
    public Exception? SearchFailure { get; set; }

    public string Address => MailFixtures.Owner;

    public long QuotaUnits => 0;

    public Task<MailThread?> GetThreadAsync(string threadId, bool withBodies = true, CancellationToken cancellationToken = default)
    {
        Fetched.Add(threadId);
        return Task.FromResult(Threads.GetValueOrDefault(threadId));
    }

    public Task<IReadOnlyList<string>> SearchThreadsAsync(string query, int maxThreads, CancellationToken cancellationToken = default)
    {
        Searches.Add(query);
        if (SearchFailure is not null)
        {
            throw SearchFailure;
        }
        return Task.FromResult<IReadOnlyList<string>>([.. SearchResults.GetValueOrDefault(query, []).Take(maxThreads)]);
    }

    public Task<MailDraft?> GetDraftAsync(string draftId, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<bool> DraftExistsAsync(string draftId, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task<DraftRef> CreateReplyDraftAsync(ReplyDraft draft, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task TrashDraftMessageAsync(string messageId, CancellationToken cancellationToken = default) => throw Unexpected();

    public Task RelabelAsync(MailThread thread, IReadOnlyCollection<string> add, IReadOnlyCollection<string> remove,
        CancellationToken cancellationToken = default) => throw Unexpected();

    private static InvalidOperationException Unexpected() => new("Context gathering must only search and read threads.");
}
