using System.Globalization;
using Factumerit.Email.Recruiting.Pipeline;
using Factumerit.Email.Recruiting.Signals;

namespace Factumerit.Email.Digest.Sections;

/// <summary>
/// Recruiting in the subscriber's mailbox: stage signals and email leads that arrived in the 24 hours before the
/// digest, each with one-click links (dismiss or apply a signal, approve or reject a lead). Two reads per digest.
/// </summary>
public sealed class RecruitingSection(IRecruitingStore store) : IDigestSectionSource
{
    public int Order => 30;

    public async Task<DigestSection?> BuildAsync(DigestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mailbox = request.Subscription.Email;
        var signals = (await store.ListContactMessagesAsync(mailbox, cancellationToken).ConfigureAwait(false))
            .Where(m => m.Signal is not null && m.Signal != StageSignals.Neutral && !m.SuggestionDismissed && m.AppliedStage is null
                && m.ProcessedAt >= request.Since)
            .OrderByDescending(m => m.ReceivedAt ?? m.ProcessedAt)
            .ToList();
        var leads = (await store.ListJobsAsync(mailbox, cancellationToken).ConfigureAwait(false))
            .Where(j => j.Source == JobSources.Email && j.Status == JobStatuses.Pending && j.CreatedAt >= request.Since)
            .OrderByDescending(j => j.CreatedAt)
            .ToList();
        if (signals.Count == 0 && leads.Count == 0)
        {
            return null;
        }

        var counts = new List<string>();
        if (signals.Count > 0)
        {
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"New stage signals: {signals.Count}"));
        }
        if (leads.Count > 0)
        {
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"New leads: {leads.Count}"));
        }
        var items = signals.Take(AssistantSection.MaxListed).Select(m => new DigestItem(
                $"Signal {m.Signal}: {(string.IsNullOrWhiteSpace(m.Subject) ? "(no subject)" : m.Subject.Trim())}",
                [new DigestAction(DigestActionKinds.SignalApply, m.Id, "Apply"), new DigestAction(DigestActionKinds.SignalDismiss, m.Id, "Dismiss")]))
            .Concat(leads.Take(AssistantSection.MaxListed).Select(j => new DigestItem(
                $"Lead: {j.Company}{(string.IsNullOrWhiteSpace(j.Title) ? "" : " - " + j.Title)}",
                [new DigestAction(DigestActionKinds.LeadApprove, j.Id, "Approve"), new DigestAction(DigestActionKinds.LeadReject, j.Id, "Reject")])))
            .ToList();
        return new DigestSection("Recruiting (last 24 hours)", counts, items);
    }
}
