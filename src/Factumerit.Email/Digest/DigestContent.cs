using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.Digest;

/// <summary>What every section is asked for one subscriber's digest.</summary>
/// <param name="LocalDate">The subscriber's date the digest is for.</param>
/// <param name="Since">Start of the window "new" items are counted from.</param>
public sealed record DigestRequest(DigestSubscription Subscription, DateTimeOffset Now, TimeZoneInfo Zone, DateOnly LocalDate, DateTimeOffset Since)
{
    /// <summary>The instant the subscriber's <paramref name="date"/> starts (midnight, or the first instant after a DST gap).</summary>
    public DateTimeOffset DayStart(DateOnly date) =>
        Personas.Handlers.LocalTimes.ToInstant(date.ToDateTime(TimeOnly.MinValue), Zone);
}

/// <summary>A one-click action offered next to an item; <see cref="Target"/> is the id the action takes.</summary>
public sealed record DigestAction(string Kind, string Target, string Label);

/// <summary>One line of a section. <see cref="Text"/> may quote mail (a subject), so renderers must escape it.</summary>
public sealed record DigestItem(string Text, IReadOnlyList<DigestAction> Actions)
{
    public DigestItem(string text) : this(text, []) { }
}

/// <summary>A titled block: counts first, then items worth a click.</summary>
public sealed record DigestSection(string Title, IReadOnlyList<string> Counts, IReadOnlyList<DigestItem> Items)
{
    public bool IsEmpty => Counts.Count == 0 && Items.Count == 0;
}

/// <summary>One part of the digest, read from one area's stores.</summary>
public interface IDigestSectionSource
{
    /// <summary>Where the section goes in the mail; lower first.</summary>
    int Order { get; }

    /// <returns>Null when the section has nothing to say for this subscriber.</returns>
    Task<DigestSection?> BuildAsync(DigestRequest request, CancellationToken cancellationToken = default);
}
