using Factumerit.Email.Digest;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Personas.Handlers.Digest;

/// <summary>
/// Builds one subscriber's digest from every <see cref="IDigestSectionSource"/>: a section with nothing to say is left
/// out, and when all are empty there is no digest at all.
/// </summary>
public sealed class DigestComposer(IEnumerable<IDigestSectionSource> sources, DigestLinks links)
{
    public const string Kind = "digest";

    /// <summary>"New" means new within this window before the digest.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly IReadOnlyList<IDigestSectionSource> _sources = sources.OrderBy(s => s.Order).ToList();

    /// <returns>Null when no section has anything to say.</returns>
    public async Task<OutboundEmail?> ComposeAsync(DigestSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = LocalTimes.FindZoneOrUtc(subscription.TimeZone);
        var request = new DigestRequest(subscription, now, zone, DateOnly.FromDateTime(LocalTimes.ToLocal(now, zone)), now - Window);
        var sections = new List<DigestSection>();
        foreach (var source in _sources)
        {
            if (await source.BuildAsync(request, cancellationToken).ConfigureAwait(false) is { IsEmpty: false } section)
            {
                sections.Add(section);
            }
        }
        if (sections.Count == 0)
        {
            return null;
        }

        var (text, html) = DigestRenderer.Render(subscription, request.LocalDate, sections, links.For);
        return new OutboundEmail(
            subscription.PersonaAddress,
            [subscription.Email],
            $"Your Factumerit digest for {DigestRenderer.Date(request.LocalDate)}",
            text,
            html,
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [ReplyThreading.AutoSubmittedHeader] = "auto-generated" },
            Kind: Kind);
    }
}
