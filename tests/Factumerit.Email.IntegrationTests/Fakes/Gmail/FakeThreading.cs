using System.Text.RegularExpressions;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

internal static partial class FakeThreading
{
    public static bool Joins(FakeGmailMailbox mailbox, string threadId, MessagePart payload)
    {
        var thread = mailbox.Messages.Where(m => m.ThreadId == threadId).ToList();
        var known = thread.Select(m => m.Header("Message-ID")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var referenced = MessageIds(payload.GetHeader("In-Reply-To")).Concat(MessageIds(payload.GetHeader("References")));
        if (!referenced.Any(known.Contains))
        {
            return false;
        }
        var subject = Normalize(payload.GetHeader("Subject"));
        return thread.Any(m => Normalize(m.Header("Subject")) == subject);
    }

    private static IEnumerable<string> MessageIds(string? header) =>
        header is null ? [] : IdPattern().Matches(header).Select(m => m.Value);

    private static string Normalize(string? subject) =>
        Prefixes().Replace(subject ?? "", "").Trim().ToLowerInvariant();

    [GeneratedRegex(@"<[^<>\s]+>")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(\s*(re|fwd?)\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Prefixes();
}
