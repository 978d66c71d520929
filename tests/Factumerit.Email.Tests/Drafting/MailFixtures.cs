using Factumerit.Email.Drafting.Mail;

namespace Factumerit.Email.Tests.Drafting;

internal static class MailFixtures
{
    public const string Owner = "me@example.test";

    public static MailMessage Message(string id, string body, string from = "ana@customer.test", string? name = "Ana Novak",
        string subject = "Budget", string threadId = "t1", params string[] labels) => new()
        {
            Id = id,
            ThreadId = threadId,
            FromAddress = from,
            FromName = name,
            Subject = subject,
            RfcMessageId = $"<{id}@mail.test>",
            Body = body,
            Labels = labels.ToHashSet(StringComparer.Ordinal),
        };

    public static MailThread Thread(string id, params MailMessage[] messages) => new(id, messages);
}
