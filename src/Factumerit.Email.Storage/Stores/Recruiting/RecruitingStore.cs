using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Storage.Tables;
using static Factumerit.Email.Storage.Stores.Recruiting.TableRows;

namespace Factumerit.Email.Storage.Stores.Recruiting;

/// <summary><see cref="IRecruitingStore"/> on four tables partitioned by mailbox; updates are conditional on the ETag.</summary>
public sealed class RecruitingStore(RecruitingTables tables) : IRecruitingStore
{
    public async Task<bool> TryAddCompanyAsync(TrackedCompany company, CancellationToken cancellationToken = default) =>
        await TryAddAsync(await tables.CompaniesAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(company), cancellationToken)
            .ConfigureAwait(false);

    public async Task<TrackedCompany?> GetCompanyAsync(string mailbox, string id, CancellationToken cancellationToken = default) =>
        await GetAsync(await tables.CompaniesAsync(cancellationToken).ConfigureAwait(false), mailbox, id, cancellationToken).ConfigureAwait(false)
            is { } e ? PipelineEntities.Company(e) : null;

    public async Task<IReadOnlyList<TrackedCompany>> ListCompaniesAsync(string mailbox, CancellationToken cancellationToken = default) =>
        await QueryAsync(await tables.CompaniesAsync(cancellationToken).ConfigureAwait(false), PartitionFilter(mailbox), PipelineEntities.Company,
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> TryUpdateCompanyAsync(TrackedCompany company, CancellationToken cancellationToken = default) =>
        await TryReplaceAsync(await tables.CompaniesAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(company), company.ETag,
            cancellationToken).ConfigureAwait(false) is not null;

    public async Task<bool> TryAddContactAsync(TrackedContact contact, CancellationToken cancellationToken = default) =>
        await TryAddAsync(await tables.ContactsAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(contact), cancellationToken)
            .ConfigureAwait(false);

    public async Task<TrackedContact?> GetContactAsync(string mailbox, string id, CancellationToken cancellationToken = default) =>
        await GetAsync(await tables.ContactsAsync(cancellationToken).ConfigureAwait(false), mailbox, id, cancellationToken).ConfigureAwait(false)
            is { } e ? PipelineEntities.Contact(e) : null;

    public async Task<IReadOnlyList<TrackedContact>> ListContactsAsync(string mailbox, CancellationToken cancellationToken = default) =>
        await QueryAsync(await tables.ContactsAsync(cancellationToken).ConfigureAwait(false), PartitionFilter(mailbox), PipelineEntities.Contact,
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> TryUpdateContactAsync(TrackedContact contact, CancellationToken cancellationToken = default) =>
        await TryReplaceAsync(await tables.ContactsAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(contact), contact.ETag,
            cancellationToken).ConfigureAwait(false) is not null;

    // The row key is a hash of the url, so the url's uniqueness is the insert's 409.
    public async Task<bool> TryAddJobAsync(JobRow job, CancellationToken cancellationToken = default) =>
        await TryAddAsync(await tables.JobsAsync(cancellationToken).ConfigureAwait(false),
            PipelineEntities.From(job with { Id = RecruitingKeys.ForJobUrl(job.Mailbox, job.Url) }), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<JobRow>> ListJobsAsync(string? mailbox, CancellationToken cancellationToken = default) =>
        await QueryAsync(await tables.JobsAsync(cancellationToken).ConfigureAwait(false), PartitionFilter(mailbox), PipelineEntities.Job,
            cancellationToken).ConfigureAwait(false);

    public async Task<JobRow?> FindJobAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(await tables.JobsAsync(cancellationToken).ConfigureAwait(false), RowFilter(id), PipelineEntities.Job, cancellationToken)
            .ConfigureAwait(false)).FirstOrDefault();

    public async Task<bool> TryUpdateJobAsync(JobRow job, CancellationToken cancellationToken = default) =>
        await TryReplaceAsync(await tables.JobsAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(job), job.ETag,
            cancellationToken).ConfigureAwait(false) is not null;

    public async Task<ContactMessage?> GetMessageAsync(string mailbox, string id, CancellationToken cancellationToken = default) =>
        await GetAsync(await tables.MessagesAsync(cancellationToken).ConfigureAwait(false), mailbox, id, cancellationToken).ConfigureAwait(false)
            is { } e ? PipelineEntities.Message(e) : null;

    public async Task<ContactMessage?> FindMessageAsync(string id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(await tables.MessagesAsync(cancellationToken).ConfigureAwait(false), RowFilter(id), PipelineEntities.Message,
            cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<bool> TryAddMessageAsync(ContactMessage message, CancellationToken cancellationToken = default) =>
        await TryAddAsync(await tables.MessagesAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(message), cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> TryUpdateMessageAsync(ContactMessage message, CancellationToken cancellationToken = default) =>
        await TryReplaceAsync(await tables.MessagesAsync(cancellationToken).ConfigureAwait(false), PipelineEntities.From(message), message.ETag,
            cancellationToken).ConfigureAwait(false) is not null;

    public async Task<IReadOnlyList<ContactMessage>> ListContactMessagesAsync(string? mailbox, CancellationToken cancellationToken = default)
    {
        var kind = TableClient.CreateQueryFilter($"Kind eq {ContactMessageKinds.Contact}");
        var filter = mailbox is null ? kind : $"{PartitionFilter(mailbox)} and {kind}";
        return await QueryAsync(await tables.MessagesAsync(cancellationToken).ConfigureAwait(false), filter, PipelineEntities.Message,
            cancellationToken).ConfigureAwait(false);
    }
}
