using Factumerit.Email.Assistant;
using Factumerit.Email.Drafting;

namespace Factumerit.Email.Tests.Drafting;

public sealed class EmailRecordsTests
{
    [Fact]
    public async Task A_conflicting_write_is_reapplied_to_the_fresh_record()
    {
        var store = new OneRecordStore(Record("v1") with { Category = Categories.Fyi });
        store.ChangeBehindTheScenes(r => r with { Category = Categories.NeedsResponse, ETag = "v2" });

        var written = await EmailRecords.TryUpdateAsync(store, Record("v1"), r => r with { Status = EmailStatus.Drafted });

        Assert.NotNull(written);
        Assert.Equal(EmailStatus.Drafted, store.Current.Status);
        Assert.Equal(Categories.NeedsResponse, store.Current.Category);
    }

    [Fact]
    public async Task A_change_that_no_longer_applies_to_the_fresh_record_is_dropped()
    {
        var store = new OneRecordStore(Record("v1"));
        store.ChangeBehindTheScenes(r => r with { Status = EmailStatus.Drafted, DraftId = "other", ETag = "v2" });

        var written = await EmailRecords.TryUpdateAsync(store, Record("v1"),
            r => r.Status == EmailStatus.Pending ? r with { Status = EmailStatus.Drafted, DraftId = "mine" } : null);

        Assert.Null(written);
        Assert.Equal("other", store.Current.DraftId);
    }

    private static AssistantEmail Record(string etag) => new()
    {
        Mailbox = "me@example.test",
        MessageId = "m1",
        ThreadId = "t1",
        ETag = etag,
    };

    /// <summary>A one-record store whose record another writer can change before the next read.</summary>
    private sealed class OneRecordStore(AssistantEmail record) : IAssistantEmailStore
    {
        private Func<AssistantEmail, AssistantEmail>? _pending;

        public AssistantEmail Current { get; private set; } = record;

        public void ChangeBehindTheScenes(Func<AssistantEmail, AssistantEmail> change) => _pending = change;

        public Task<AssistantEmail?> GetAsync(string mailbox, string messageId, CancellationToken cancellationToken = default) =>
            Task.FromResult<AssistantEmail?>(Current);

        public Task<AssistantEmail?> FindLatestInThreadAsync(string mailbox, string threadId, CancellationToken cancellationToken = default) =>
            Task.FromResult<AssistantEmail?>(Current);

        public Task<bool> TryAddAsync(AssistantEmail email, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<bool> TryUpdateAsync(AssistantEmail email, CancellationToken cancellationToken = default)
        {
            if (_pending is { } change)
            {
                Current = change(Current);
                _pending = null;
            }
            if (email.ETag != Current.ETag)
            {
                return Task.FromResult(false);
            }
            Current = email with { ETag = Current.ETag + "+" };
            return Task.FromResult(true);
        }
    }
}
