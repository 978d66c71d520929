using Factumerit.Email.Assistant.Mailboxes;

namespace Factumerit.Email.Recruiting.Pipeline;

/// <summary>The operator's side of the tracked pipeline: adding and listing companies and contacts.</summary>
public sealed class PipelineService(IMailboxStore mailboxes, IRecruitingStore store, TimeProvider time)
{
    /// <returns>The company as stored (an existing one with the same name is returned unchanged); null for an unknown mailbox.</returns>
    /// <exception cref="ArgumentException">A name, stage or domain is not valid.</exception>
    public async Task<(TrackedCompany? Company, bool Created)> AddCompanyAsync(string mailbox, string name, string? domain, string? stage,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (await MailboxAsync(mailbox, cancellationToken).ConfigureAwait(false) is not { } address)
        {
            return (null, false);
        }
        var company = new TrackedCompany
        {
            Mailbox = address, Id = RecruitingKeys.ForCompany(address, name), Name = name.Trim(), Domain = Domain(domain),
            Stage = Stage(stage), CreatedAt = time.GetUtcNow(),
        };
        var created = await store.TryAddCompanyAsync(company, cancellationToken).ConfigureAwait(false);
        return (created ? company : await store.GetCompanyAsync(address, company.Id, cancellationToken).ConfigureAwait(false), created);
    }

    /// <exception cref="ArgumentException">The address, stage or company id is not valid.</exception>
    public async Task<(TrackedContact? Contact, bool Created)> AddContactAsync(string mailbox, string email, string? name, string? companyId,
        string? stage, CancellationToken cancellationToken = default)
    {
        if (!Mail.EmailAddress.TryParse(email, out var parsed))
        {
            throw new ArgumentException("The contact's email is not a valid address.", nameof(email));
        }
        if (await MailboxAsync(mailbox, cancellationToken).ConfigureAwait(false) is not { } address)
        {
            return (null, false);
        }
        if (companyId is not null && await store.GetCompanyAsync(address, companyId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ArgumentException("No tracked company has that id in this mailbox.", nameof(companyId));
        }
        var contact = new TrackedContact
        {
            Mailbox = address, Id = RecruitingKeys.ForContact(address, parsed.Address), Email = parsed.Address,
            Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(), CompanyId = companyId, Stage = Stage(stage), CreatedAt = time.GetUtcNow(),
        };
        var created = await store.TryAddContactAsync(contact, cancellationToken).ConfigureAwait(false);
        return (created ? contact : await store.GetContactAsync(address, contact.Id, cancellationToken).ConfigureAwait(false), created);
    }

    private async Task<string?> MailboxAsync(string mailbox, CancellationToken cancellationToken) =>
        Mail.EmailAddress.TryParse(mailbox, out var parsed)
        && await mailboxes.GetAsync(parsed.Address, cancellationToken).ConfigureAwait(false) is { } box
            ? box.Address
            : null;

    private static string Stage(string? stage) =>
        stage is null ? Stages.Applied
        : Stages.IsKnown(stage) ? stage
        : throw new ArgumentException($"Unknown stage '{stage}'; use one of {string.Join(", ", Stages.All)}.", nameof(stage));

    private static string? Domain(string? domain)
    {
        var trimmed = domain?.Trim().TrimStart('@').ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Contains('.') && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            ? trimmed
            : throw new ArgumentException("The domain must look like example.com.", nameof(domain));
    }
}
