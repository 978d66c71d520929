namespace Factumerit.Email.Drafting;

/// <summary>The sizes and counts spec 002 fixes for drafting.</summary>
public static class DraftLimits
{
    /// <summary>The thread body in the draft prompt is cut to this many characters.</summary>
    public const int ThreadChars = 3000;

    /// <summary>The LLM may propose at most this many Gmail searches for context.</summary>
    public const int ContextQueries = 3;

    /// <summary>At most this many related threads go into the prompt.</summary>
    public const int RelatedThreads = 5;

    /// <summary>Each related thread's text is cut to this many characters.</summary>
    public const int RelatedThreadChars = 2000;

    /// <summary>Reworks allowed per email; the last one carries <see cref="ReworkMarker.LastReworkWarning"/>.</summary>
    public const int MaxReworks = 3;

    /// <summary>The email body shown to the context-query model.</summary>
    public const int ContextBodyChars = 2000;
}
