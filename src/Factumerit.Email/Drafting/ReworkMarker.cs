namespace Factumerit.Email.Drafting;

/// <summary>
/// The ✂️ line that separates the user's instructions (above) from the AI text (below) in every draft we write
/// (spec 002, "Rework Marker").
/// </summary>
public static class ReworkMarker
{
    public const string Marker = BareScissors + "\uFE0F";

    // Mail clients may drop the emoji variation selector, leaving the bare scissors character.
    private const string BareScissors = "\u2702";

    /// <summary>What every generated draft starts with: room for instructions, the marker, then the AI text.</summary>
    public const string Prefix = "\n\n" + Marker + "\n\n";

    public const string NoInstruction = "(no specific instruction provided)";

    public const string LastReworkWarning = "\u26A0\uFE0F This is the last automatic rework. Further changes must be made manually.";

    public static string Wrap(string draftText)
    {
        ArgumentNullException.ThrowIfNull(draftText);
        return Prefix + draftText;
    }

    /// <summary>Whether a draft body carries the marker, i.e. the draft was written by the assistant.</summary>
    public static bool IsPresentIn(string? body) => MarkerIndex(body) >= 0;

    /// <summary>The text above the marker, trimmed; null when there is no marker or nothing above it.</summary>
    public static string? InstructionsAbove(string? body)
    {
        var index = MarkerIndex(body);
        if (index < 0)
        {
            return null;
        }
        var above = body![..index].Trim();
        return above.Length == 0 ? null : above;
    }

    /// <summary>
    /// Instructions from a user's notes draft: the text above the marker when there is one, otherwise the whole
    /// body (spec 002, "Manual Draft" step 3). Null when the draft holds nothing.
    /// </summary>
    public static string? NotesFrom(string? body)
    {
        if (MarkerIndex(body) >= 0)
        {
            return InstructionsAbove(body);
        }
        var whole = body?.Trim();
        return string.IsNullOrEmpty(whole) ? null : whole;
    }

    private static int MarkerIndex(string? body) =>
        body is null ? -1 : body.IndexOf(BareScissors, StringComparison.Ordinal);
}
