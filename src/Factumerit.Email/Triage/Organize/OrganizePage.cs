namespace Factumerit.Email.Triage.Organize;

/// <summary>One listed page of Inbox threads (threads.list order), as stored when the run listed it.</summary>
public sealed record OrganizePage(string RunId, int Number, IReadOnlyList<string> ThreadIds);

/// <summary>One threads.list page: the thread ids and the token of the next page (null on the last).</summary>
public sealed record InboxThreadPage(IReadOnlyList<string> ThreadIds, string? NextPageToken);
