namespace Factumerit.Email.Assistant.Mailboxes;

/// <summary>
/// A configuration key such as <c>Gmail__ClientSecret</c> or <c>Mailboxes:alice:RefreshToken</c>. The shape is
/// strict so a secret pasted where its name belongs (a refresh token starts "1//", a JSON key with "{") is refused
/// before it could reach a table.
/// </summary>
public static class SettingName
{
    public const int MaxLength = 128;

    public static bool IsValid(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxLength && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':' or '-' or '.');

    /// <summary>The configuration path for a name written in environment style (<c>A__B</c> is <c>A:B</c>).</summary>
    public static string ToConfigurationKey(string name) => name.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Enough of a rejected value to recognise it in an error, never all of it.</summary>
    public static string Describe(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name.Length <= 8 ? name : name[..4] + "…";
}
