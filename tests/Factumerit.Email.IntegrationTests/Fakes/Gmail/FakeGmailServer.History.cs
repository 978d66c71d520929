using System.Globalization;
using System.Text.Json.Nodes;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    private static readonly Dictionary<string, FakeHistoryKind> HistoryTypes = new(StringComparer.Ordinal)
    {
        ["messageAdded"] = FakeHistoryKind.MessageAdded,
        ["messageDeleted"] = FakeHistoryKind.MessageDeleted,
        ["labelAdded"] = FakeHistoryKind.LabelAdded,
        ["labelRemoved"] = FakeHistoryKind.LabelRemoved,
    };

    private static FakeGmailReply ListHistory(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("startHistoryId", "historyTypes", "labelId", "maxResults", "pageToken");
        var startText = call.Query("startHistoryId");
        if (startText is null || !ulong.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            throw FakeGmailError.BadRequest("Invalid startHistoryId", "invalidArgument");
        }
        var kinds = new HashSet<FakeHistoryKind>();
        foreach (var type in call.QueryAll("historyTypes"))
        {
            kinds.Add(HistoryTypes.TryGetValue(type, out var kind)
                ? kind
                : throw FakeGmailError.BadRequest($"Invalid value at 'history_types' ({type})", "invalid"));
        }
        var size = call.PageSize();
        var offset = call.PageOffset();
        if (start < mailbox.OldestHistoryId)
        {
            throw FakeGmailError.NotFound();
        }
        var labelId = call.Query("labelId");
        var records = mailbox.History
            .Where(h => h.Id > start)
            .Where(h => kinds.Count == 0 || kinds.Contains(h.Kind))
            .Where(h => labelId is null || h.LabelsAfter.Contains(labelId) || h.Changed.Contains(labelId))
            .Select(h => (JsonNode)FakeGmailJson.History(h))
            .ToList();
        var page = FakeGmailCall.Page("history", records, offset, size);
        page.Remove("resultSizeEstimate");
        page["historyId"] = FakeGmailJson.Number(mailbox.HistoryId);
        return FakeGmailReply.Ok(page);
    }
}
