namespace Factumerit.Email.Drafting.Styles;

/// <summary>The loaded style set. <see cref="Fallback"/> (<c>business</c>) always exists.</summary>
public sealed class CommunicationStyles
{
    public const string FallbackName = "business";

    private readonly IReadOnlyDictionary<string, CommunicationStyle> _styles;

    public CommunicationStyles(IEnumerable<CommunicationStyle> styles)
    {
        ArgumentNullException.ThrowIfNull(styles);
        _styles = styles.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        if (!_styles.ContainsKey(FallbackName))
        {
            throw new ArgumentException($"The style set must define '{FallbackName}', the fallback style.", nameof(styles));
        }
    }

    public IReadOnlyCollection<string> Names => [.. _styles.Keys];

    public CommunicationStyle Fallback => _styles[FallbackName];

    /// <summary>The named style, or <see cref="Fallback"/> when the name is missing or unknown (spec 002, style resolution step 4).</summary>
    public CommunicationStyle Resolve(string? name) =>
        name is not null && _styles.TryGetValue(name.Trim(), out var style) ? style : Fallback;
}
