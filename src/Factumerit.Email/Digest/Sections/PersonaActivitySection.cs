using System.Globalization;
using Factumerit.Email.Personas.Handlers.Digest;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Digest.Sections;

/// <summary>
/// The persona mailboxes: messages handled and escalated in the window, and escalations still waiting for a person.
/// The numbers are platform-wide, so only <see cref="DigestOptions.PersonaActivityRecipients"/> get them when that is set.
/// </summary>
public sealed class PersonaActivitySection(IPersonaActivitySource activity, IOptions<DigestOptions> options) : IDigestSectionSource
{
    // One hourly run asks for the same window for every subscriber: read the audit trail once.
    private (DateTimeOffset From, DateTimeOffset To, PersonaActivity Activity)? _cached;

    public int Order => 10;

    public async Task<DigestSection?> BuildAsync(DigestRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recipients = options.Value.PersonaActivityRecipients;
        if (recipients.Count > 0 && !recipients.Contains(request.Subscription.Email, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }
        var window = await ReadAsync(request.Since, request.Now, cancellationToken).ConfigureAwait(false);
        if (window.IsEmpty)
        {
            return null;
        }
        var items = window.ByPersona
            .Where(l => l.Handled > 0 || l.Escalated > 0)
            .OrderBy(l => l.Persona, StringComparer.Ordinal)
            .Select(l => new DigestItem(string.Create(CultureInfo.InvariantCulture, $"{l.Persona}: {l.Handled} handled, {l.Escalated} escalated")))
            .ToList();
        return new DigestSection("Persona mailboxes (last 24 hours)",
        [
            string.Create(CultureInfo.InvariantCulture, $"Messages handled: {window.Handled}"),
            string.Create(CultureInfo.InvariantCulture, $"Handed to a person: {window.Escalated}"),
            string.Create(CultureInfo.InvariantCulture, $"Threads waiting for a person: {window.OpenThreads}"),
        ], items);
    }

    private async Task<PersonaActivity> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (_cached is { } hit && hit.From == from && hit.To == to)
        {
            return hit.Activity;
        }
        var read = await activity.GetActivityAsync(from, to, cancellationToken).ConfigureAwait(false);
        _cached = (from, to, read);
        return read;
    }
}
