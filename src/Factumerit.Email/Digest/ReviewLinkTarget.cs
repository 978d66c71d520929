namespace Factumerit.Email.Digest;

/// <summary>
/// The target of a Review link: the mailbox and the thread, so a link settles the thread only in the mailbox whose
/// digest carried it, even when another connected mailbox has a thread with the same id.
/// </summary>
public static class ReviewLinkTarget
{
    // Each part is percent-escaped, so neither the separator nor the token's '|' can appear inside one.
    public static string Format(string mailbox, string threadId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mailbox);
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        return Uri.EscapeDataString(mailbox) + "/" + Uri.EscapeDataString(threadId);
    }

    /// <returns>False when <paramref name="target"/> is not a pair written by <see cref="Format"/>.</returns>
    public static bool TryParse(string? target, out string mailbox, out string threadId)
    {
        mailbox = threadId = "";
        if (target?.Split('/') is not [var box, var thread])
        {
            return false;
        }
        mailbox = Uri.UnescapeDataString(box);
        threadId = Uri.UnescapeDataString(thread);
        return !string.IsNullOrWhiteSpace(mailbox) && !string.IsNullOrWhiteSpace(threadId);
    }
}
