using System.Globalization;
using Factumerit.Email.Assistant;

namespace Factumerit.Email.IntegrationTests.Drafting.Support;

/// <summary>
/// TEST-ONLY stand-in for the assistant email table store, with the same ETag semantics (a write must carry the ETag
/// it read). Used until the table store is on this branch; production code never sees it.
/// </summary>
internal sealed class InMemoryAssistantEmailStore : IAssistantEmailStore
{
    private readonly Lock _gate = new();
    private readonly List<AssistantEmail> _records = [];
    private long _version;

    public AssistantEmail? Get(string mailbox, string messageId)
    {
        lock (_gate)
        {
            return _records.FirstOrDefault(r => Matches(r, mailbox, messageId));
        }
    }

    public Task<AssistantEmail?> GetAsync(string mailbox, string messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Get(mailbox, messageId));

    public Task<AssistantEmail?> FindLatestInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.LastOrDefault(r => r.Mailbox == mailbox && r.ThreadId == threadId));
        }
    }

    public Task<bool> TryAddAsync(AssistantEmail email, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_records.Any(r => Matches(r, email.Mailbox, email.MessageId)))
            {
                return Task.FromResult(false);
            }
            _records.Add(email with { ETag = NextETag() });
            return Task.FromResult(true);
        }
    }

    public Task<bool> TryUpdateAsync(AssistantEmail email, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _records.FindIndex(r => Matches(r, email.Mailbox, email.MessageId));
            if (index < 0 || _records[index].ETag != email.ETag)
            {
                return Task.FromResult(false);
            }
            _records[index] = email with { ETag = NextETag() };
            return Task.FromResult(true);
        }
    }

    private static bool Matches(AssistantEmail record, string mailbox, string messageId) =>
        record.Mailbox == mailbox && record.MessageId == messageId;

    private string NextETag() => "W/\"" + (++_version).ToString(CultureInfo.InvariantCulture) + "\"";
}
