namespace Factumerit.Email.Triage.Review;

/// <summary>The folders a user may file a thread into by hand: every topic, the Inbox and Archive; not Review itself.</summary>
public static class ReviewFolders
{
    public static IReadOnlyList<string> Allowed { get; } = [.. TriageFolders.Choices, TriageFolders.Archive];

    /// <summary>The canonical folder name, or null when <paramref name="name"/> is not one the user may pick.</summary>
    public static string? Parse(string? name) =>
        TriageFolders.Normalize(name) is { } folder && Allowed.Contains(folder, StringComparer.Ordinal) ? folder : null;
}
