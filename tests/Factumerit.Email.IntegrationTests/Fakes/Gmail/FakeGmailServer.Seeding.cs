using System.Text;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    /// <summary>
    /// Delivers a UTF-8 text message (labels default to INBOX + UNREAD) and records it in the history log.
    /// With <paramref name="threadId"/> it joins that existing thread. Extra headers (In-Reply-To,
    /// List-Unsubscribe, …) are written as given.
    /// </summary>
    public FakeGmailMessageView SeedMessage(string user, string from, string to, string subject, string body,
        IEnumerable<string>? labels = null, IReadOnlyDictionary<string, string>? headers = null, string? threadId = null)
    {
        var messageId = $"<{Guid.NewGuid():N}@mail.fake.test>";
        var mime = new StringBuilder()
            .Append("From: ").Append(from).Append("\r\n")
            .Append("To: ").Append(to).Append("\r\n")
            .Append("Subject: ").Append(SubjectHeader(subject)).Append("\r\n")
            .Append("Date: ").Append(_time.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n");
        if (headers is null || !headers.Keys.Any(k => k.Equals("Message-ID", StringComparison.OrdinalIgnoreCase)))
        {
            mime.Append("Message-ID: ").Append(messageId).Append("\r\n");
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            mime.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        mime.Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(body), Base64FormattingOptions.InsertLineBreaks)).Append("\r\n");
        return SeedRawMessage(user, Encoding.ASCII.GetBytes(mime.ToString()), labels, threadId);
    }

    /// <summary>Delivers a message given as RFC 2822 bytes.</summary>
    public FakeGmailMessageView SeedRawMessage(string user, byte[] raw, IEnumerable<string>? labels = null, string? threadId = null) =>
        Read(user, mailbox =>
        {
            if (threadId is not null && mailbox.Messages.All(m => m.ThreadId != threadId))
            {
                throw new ArgumentException($"Thread {threadId} does not exist in the fake mailbox.", nameof(threadId));
            }
            var labelIds = (labels ?? ["INBOX", "UNREAD"]).ToList();
            var unknown = labelIds.FirstOrDefault(id => mailbox.Label(id) is null);
            if (unknown is not null)
            {
                throw new ArgumentException($"Label {unknown} does not exist in the fake mailbox.", nameof(labels));
            }
            return mailbox.Add(raw, labelIds, threadId, _time.GetUtcNow().ToUnixTimeMilliseconds()).ToView();
        });

    private static string SubjectHeader(string subject) =>
        subject.All(c => c is >= ' ' and <= '~')
            ? subject
            : "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(subject)) + "?=";
}
