using Factumerit.Email.Providers.Gmail.Data;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

internal sealed class FakeStoredMessage(string id, string threadId, byte[] raw, MessagePart payload, long internalDate)
{
    public string Id { get; } = id;
    public string ThreadId { get; set; } = threadId;
    public byte[] Raw { get; } = raw;
    public MessagePart Payload { get; } = payload;
    public long InternalDate { get; } = internalDate;
    public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);
    public ulong HistoryId { get; set; }

    public string? Header(string name) => Payload.GetHeader(name);

    public string PlainText => MessageBodyReader.Read(Payload).PlainText;

    public string Snippet
    {
        get
        {
            var text = string.Join(' ', PlainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return text.Length <= 100 ? text : text[..100];
        }
    }

    public IReadOnlyList<string> LabelList => [.. Labels.Order(StringComparer.Ordinal)];

    public FakeGmailMessageView ToView() => new(Id, ThreadId, LabelList, Header("Subject"), Header("Message-ID"),
        Header("In-Reply-To"), Header("References"), PlainText, Raw);
}

internal enum FakeHistoryKind
{
    MessageAdded,
    MessageDeleted,
    LabelAdded,
    LabelRemoved,
}

internal sealed record FakeHistoryEntry(ulong Id, FakeHistoryKind Kind, string MessageId, string ThreadId,
    IReadOnlyList<string> LabelsAfter, IReadOnlyList<string> Changed);

internal sealed record FakeLabel(string Id, string Name, string Type, string? LabelListVisibility, string? MessageListVisibility);

internal sealed record FakeWatch(string TopicName, IReadOnlyList<string> LabelIds, string? LabelFilterBehavior, DateTimeOffset Expiration);
