namespace Factumerit.Email.Drafting.Styles;

/// <summary>One entry of <c>communication_styles.yaml</c>: how drafts in this style are written.</summary>
/// <param name="Language"><c>auto</c> (answer in the sender's language) or a language code such as <c>cs</c>.</param>
public sealed record CommunicationStyle(
    string Name,
    string Language,
    IReadOnlyList<string> Rules,
    string SignOff,
    IReadOnlyList<StyleExample> Examples)
{
    public const string AutoLanguage = "auto";

    public bool MatchesSenderLanguage => string.Equals(Language, AutoLanguage, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A worked example shown to the model: the situation, the incoming text, and a good draft.</summary>
public sealed record StyleExample(string Context, string Input, string Draft);
