namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>The tracked pipeline of each mailbox: companies, contacts, jobs and processed messages.</summary>
public interface IRecruitingStore
{
    /// <summary>Inserts the company; false when one with that id exists.</summary>
    Task<bool> TryAddCompanyAsync(TrackedCompany company, CancellationToken cancellationToken = default);

    Task<TrackedCompany?> GetCompanyAsync(string mailbox, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TrackedCompany>> ListCompaniesAsync(string mailbox, CancellationToken cancellationToken = default);

    /// <summary>Replaces the row if its ETag still matches; false when someone changed it.</summary>
    Task<bool> TryUpdateCompanyAsync(TrackedCompany company, CancellationToken cancellationToken = default);

    Task<bool> TryAddContactAsync(TrackedContact contact, CancellationToken cancellationToken = default);

    Task<TrackedContact?> GetContactAsync(string mailbox, string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TrackedContact>> ListContactsAsync(string mailbox, CancellationToken cancellationToken = default);

    Task<bool> TryUpdateContactAsync(TrackedContact contact, CancellationToken cancellationToken = default);

    /// <summary>Inserts the job; false when a job with the same url exists in the mailbox.</summary>
    Task<bool> TryAddJobAsync(JobRow job, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JobRow>> ListJobsAsync(string? mailbox, CancellationToken cancellationToken = default);

    /// <summary>The job with this id in any mailbox.</summary>
    Task<JobRow?> FindJobAsync(string id, CancellationToken cancellationToken = default);

    Task<bool> TryUpdateJobAsync(JobRow job, CancellationToken cancellationToken = default);

    Task<ContactMessage?> GetMessageAsync(string mailbox, string id, CancellationToken cancellationToken = default);

    /// <summary>The message with this id in any mailbox.</summary>
    Task<ContactMessage?> FindMessageAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Inserts the record; false when the message was processed already (its id exists).</summary>
    Task<bool> TryAddMessageAsync(ContactMessage message, CancellationToken cancellationToken = default);

    Task<bool> TryUpdateMessageAsync(ContactMessage message, CancellationToken cancellationToken = default);

    /// <summary>The processed messages that carry a signal, for the mailbox or every mailbox.</summary>
    Task<IReadOnlyList<ContactMessage>> ListContactMessagesAsync(string? mailbox, CancellationToken cancellationToken = default);
}
