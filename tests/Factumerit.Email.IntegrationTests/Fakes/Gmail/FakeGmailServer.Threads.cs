using System.Text.Json.Nodes;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    /// <summary>threads.list: a thread matches when one of its messages does; newest activity first, offset page tokens.</summary>
    private static FakeGmailReply ListThreads(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("q", "labelIds", "maxResults", "pageToken", "includeSpamTrash");
        var size = call.PageSize();
        var offset = call.PageOffset();
        var includeSpamTrash = call.Query("includeSpamTrash") == "true";
        var labelIds = call.QueryAll("labelIds");
        var threads = mailbox.Messages
            .Where(m => includeSpamTrash || (!m.Labels.Contains("SPAM") && !m.Labels.Contains("TRASH")))
            .Where(m => labelIds.All(m.Labels.Contains))
            .Where(m => FakeGmailSearch.Matches(mailbox, m, call.Query("q")))
            .Reverse()
            .GroupBy(m => m.ThreadId, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.Key,
                ["snippet"] = g.First().Snippet,
                ["historyId"] = FakeGmailJson.Number(g.Max(m => m.HistoryId)),
            })
            .ToList();
        return FakeGmailReply.Ok(FakeGmailCall.Page("threads", threads, offset, size));
    }
}
