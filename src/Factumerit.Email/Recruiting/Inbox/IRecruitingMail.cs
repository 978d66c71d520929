using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Recruiting.Inbox;

/// <summary>The Gmail reads a recruiting sync makes, for one mailbox (messages.list and messages.get).</summary>
public interface IRecruitingMail
{
    /// <summary>One page of a bounded search, newest first.</summary>
    Task<RecruitingMailPage> ListAsync(string query, int pageSize, string? pageToken, CancellationToken cancellationToken = default);

    /// <summary>The message with headers and plain-text body; null when it is gone.</summary>
    Task<RecruitingMail?> GetAsync(string gmailId, CancellationToken cancellationToken = default);
}

public interface IRecruitingMailFactory
{
    IRecruitingMail Create(Mailbox mailbox);
}

public sealed record RecruitingMailPage(IReadOnlyList<string> GmailIds, string? NextPageToken, int? ResultSizeEstimate);

/// <param name="From">The sender's address, lower case; null when it cannot be parsed.</param>
/// <param name="FromUser">Sent by the mailbox itself (SENT label): never inbound.</param>
public sealed record RecruitingMail(
    string GmailId,
    string? MessageId,
    string? From,
    string? SenderName,
    string? Subject,
    string Body,
    DateTimeOffset? ReceivedAt,
    bool FromUser);
