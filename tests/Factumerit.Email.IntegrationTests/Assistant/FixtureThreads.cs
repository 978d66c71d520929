using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.IntegrationTests.Fakes.Gmail;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// Puts fixtures into the fake Gmail as real threads. A fixture with <c>messages_in_thread</c> &gt; 1 gets its
/// earlier messages first (from its correspondent, in the inbox); the fixture's own message then replies in that
/// thread, from the sender or, when the user sent last, from the mailbox itself with the SENT label.
/// </summary>
internal sealed class FixtureThreads(AssistantHarness harness)
{
    /// <summary>Who the user writes to when a fixture's last message is the user's own.</summary>
    public const string Correspondent = "partner@correspondent.example";

    private readonly Dictionary<string, (string ThreadId, List<string> MessageIds)> _threads = new(StringComparer.Ordinal);
    private int _minutes;

    public static int EarlierMessages(ClassificationFixture fixture) => Math.Max(0, (fixture.MessagesInThread ?? 1) - 1);

    /// <summary>Seeds the earlier messages of the fixture's thread, if it has any.</summary>
    public void SeedEarlier(ClassificationFixture fixture)
    {
        var topic = Topic(fixture.Subject);
        for (var i = 0; i < EarlierMessages(fixture); i++)
        {
            var from = fixture.UserSentLast ? Correspondent : FixtureMail.Address(fixture.SenderName, fixture.SenderEmail);
            Seed(fixture.Id, from, harness.Mailbox, i == 0 ? topic : "Re: " + topic, $"Earlier message {i + 1} about {topic}.", null, ["INBOX"]);
        }
    }

    /// <summary>Delivers the fixture's own message (or records the user's sent one) and returns it.</summary>
    public FakeGmailMessageView SeedFixture(ClassificationFixture fixture) => fixture.UserSentLast
        ? Seed(fixture.Id, harness.Mailbox, Correspondent, fixture.Subject, fixture.Body, fixture.Headers, ["SENT"])
        : Seed(fixture.Id, FixtureMail.Address(fixture.SenderName, fixture.SenderEmail), harness.Mailbox, fixture.Subject, fixture.Body,
            fixture.Headers, ["INBOX", "UNREAD"]);

    private FakeGmailMessageView Seed(string key, string from, string to, string subject, string body,
        IReadOnlyDictionary<string, string>? headers, string[] labels)
    {
        var known = _threads.TryGetValue(key, out var thread);
        var message = new FixtureMessage(from, to, subject, body, new DateTimeOffset(2025, 1, 14, 8, 0, 0, TimeSpan.Zero).AddMinutes(++_minutes),
            $"<{Guid.NewGuid():N}@mail.fixture.example>")
        {
            Headers = headers,
            InReplyTo = known ? thread.MessageIds[^1] : null,
            References = known ? string.Join(' ', thread.MessageIds) : null,
        };
        var seeded = harness.Gmail.SeedRawMessage(harness.Mailbox, FixtureMail.Render(message), labels, known ? thread.ThreadId : null);
        if (known)
        {
            thread.MessageIds.Add(message.MessageId);
        }
        else
        {
            _threads[key] = (seeded.ThreadId, [message.MessageId]);
        }
        return seeded;
    }

    private static string Topic(string subject) =>
        subject.StartsWith("Re: ", StringComparison.OrdinalIgnoreCase) ? subject[4..] : subject;
}
