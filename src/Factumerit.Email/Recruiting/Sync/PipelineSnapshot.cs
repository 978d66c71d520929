using Factumerit.Email.Recruiting.Pipeline;

namespace Factumerit.Email.Recruiting.Sync;

/// <summary>A mailbox's tracked companies, contacts and job companies, read once per sync and matched in memory.</summary>
public sealed class PipelineSnapshot(IReadOnlyList<TrackedCompany> companies, IReadOnlyList<TrackedContact> contacts, IEnumerable<JobRow> jobs)
{
    private readonly HashSet<string> _knownCompanies = companies.Select(c => RecruitingKeys.NormalizeName(c.Name))
        .Concat(jobs.Select(j => RecruitingKeys.NormalizeName(j.Company)))
        .Where(n => n.Length > 0)
        .ToHashSet(StringComparer.Ordinal);

    public TrackedContact? Contact(string address) =>
        contacts.FirstOrDefault(c => string.Equals(c.Email, address, StringComparison.OrdinalIgnoreCase));

    public TrackedCompany? Company(string? id) => id is null ? null : companies.FirstOrDefault(c => c.Id == id);

    /// <summary>The tracked company whose domain the address is at (subdomains included).</summary>
    public TrackedCompany? CompanyByDomain(string address)
    {
        var at = address.LastIndexOf('@');
        if (at < 0)
        {
            return null;
        }
        var domain = address[(at + 1)..].ToLowerInvariant();
        return companies.FirstOrDefault(c => c.Domain is { Length: > 0 } d
            && (domain == d || domain.EndsWith("." + d, StringComparison.Ordinal)));
    }

    /// <summary>The company is tracked or already has a job row; remembers new ones so one sync adds each once.</summary>
    public bool IsKnownCompany(string name) => _knownCompanies.Contains(RecruitingKeys.NormalizeName(name));

    public void Remember(string company) => _knownCompanies.Add(RecruitingKeys.NormalizeName(company));
}
