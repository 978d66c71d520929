namespace Factumerit.Email.IntegrationTests.Triage.Inbox;

/// <summary>How a sender's mail looks in its headers: a person, a mailing list, or a transactional robot.</summary>
internal enum MailStyle
{
    Person,
    List,
    Robot,
}

/// <summary>A sender of the inbox's population; <paramref name="Weight"/> is its share of its kind's mail.</summary>
internal sealed record InboxSender(string Name, string Address, int Weight = 1)
{
    public string Domain => Address[(Address.IndexOf('@') + 1)..];

    public string From => $"{Name} <{Address}>";
}

/// <summary>
/// One kind of mail in the inbox: how many per 200, where it truly belongs, and what a competent model answers.
/// Templates take {n} (a number), {name} (a first name), {topic}, {city} and {days}.
/// </summary>
/// <param name="Folder">Where the mail belongs: the model's answer unless <paramref name="Answered"/> says otherwise.</param>
/// <param name="Category">The classification category the model answers.</param>
/// <param name="Confidence">A fixed confidence (ambiguous mail); null means 0.80-0.95.</param>
/// <param name="Answered">A deliberately wrong folder the model answers with confidence.</param>
/// <param name="Cc">The mailbox is in Cc, not To.</param>
internal sealed record InboxKind(
    string Name,
    int Count,
    string Folder,
    string Category,
    MailStyle Style,
    IReadOnlyList<InboxSender> Senders,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Bodies,
    string? Tag = null,
    double? Confidence = null,
    string? Answered = null,
    bool Cc = false);
