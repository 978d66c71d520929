namespace Factumerit.Email.Drafting.Styles;

/// <summary>One problem in a styles file, with the position it was found at (1-based).</summary>
public sealed record StyleConfigError(string Source, int Line, int Column, string Message)
{
    /// <summary><c>communication_styles.yaml:12:5: style 'casual': …</c>, as compilers print.</summary>
    public override string ToString() => $"{Source}:{Line}:{Column}: {Message}";
}

/// <summary>Thrown at start-up when the styles file is invalid; the message lists every error.</summary>
public sealed class StyleConfigException(string source, IReadOnlyList<StyleConfigError> errors)
    : Exception($"Communication styles '{source}' has {errors.Count} error(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors))
{
    public string ConfigSource { get; } = source;

    public IReadOnlyList<StyleConfigError> Errors { get; } = errors;
}
