using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

/// <summary>One user's mailbox. Callers hold <see cref="Gate"/> while reading or changing it.</summary>
internal sealed class FakeGmailMailbox
{
    public static readonly string[] SystemLabels =
    [
        "INBOX", "SENT", "DRAFT", "UNREAD", "SPAM", "TRASH", "STARRED", "IMPORTANT", "CHAT",
        "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS",
    ];

    private static long s_ids = 0x18f0_0000_0000;
    private int _labelSequence;

    public FakeGmailMailbox(string user)
    {
        User = user;
        foreach (var id in SystemLabels)
        {
            Labels.Add(new FakeLabel(id, id, "system", null, null));
        }
    }

    public string User { get; }
    public Lock Gate { get; } = new();
    public ulong HistoryId { get; private set; } = 41_000;

    /// <summary>history.list answers 404 for a start id below this.</summary>
    public ulong OldestHistoryId { get; set; } = 1;

    public List<FakeStoredMessage> Messages { get; } = [];
    public Dictionary<string, string> Drafts { get; } = new(StringComparer.Ordinal);
    public List<FakeLabel> Labels { get; } = [];
    public List<FakeHistoryEntry> History { get; } = [];
    public FakeWatch? Watch { get; set; }
    public long QuotaUnits { get; set; }

    public static string NewId() => Interlocked.Increment(ref s_ids).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    public string NewLabelId() => $"Label_{++_labelSequence}";

    public FakeStoredMessage? Find(string id) => Messages.FirstOrDefault(m => m.Id == id);

    public FakeLabel? Label(string id) => Labels.FirstOrDefault(l => l.Id == id);

    public FakeStoredMessage Add(byte[] raw, IEnumerable<string> labels, string? threadId, long internalDate)
    {
        var id = NewId();
        var message = new FakeStoredMessage(id, threadId ?? id, raw, MimeMessageParser.Parse(raw), internalDate);
        message.Labels.UnionWith(labels);
        Messages.Add(message);
        Record(message, FakeHistoryKind.MessageAdded, []);
        return message;
    }

    public void Delete(FakeStoredMessage message)
    {
        Messages.Remove(message);
        Record(message, FakeHistoryKind.MessageDeleted, []);
    }

    public void ChangeLabels(FakeStoredMessage message, IReadOnlyList<string> add, IReadOnlyList<string> remove)
    {
        var added = add.Where(message.Labels.Add).ToList();
        if (added.Count > 0)
        {
            Record(message, FakeHistoryKind.LabelAdded, added);
        }
        var removed = remove.Where(message.Labels.Remove).ToList();
        if (removed.Count > 0)
        {
            Record(message, FakeHistoryKind.LabelRemoved, removed);
        }
    }

    private void Record(FakeStoredMessage message, FakeHistoryKind kind, IReadOnlyList<string> changed)
    {
        HistoryId += 1 + (ulong)Random.Shared.Next(3);
        message.HistoryId = HistoryId;
        History.Add(new FakeHistoryEntry(HistoryId, kind, message.Id, message.ThreadId, message.LabelList, changed));
    }
}
