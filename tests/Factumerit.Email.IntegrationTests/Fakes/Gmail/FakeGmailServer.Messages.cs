using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    private static readonly string[] MessageFormats = ["full", "metadata", "minimal", "raw"];
    private static readonly string[] FixedLabels = ["DRAFT", "SENT"];

    private static FakeGmailReply GetMessage(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("format", "metadataHeaders");
        var format = call.Enum("format", "full", MessageFormats);
        var message = FindMessage(mailbox, call.Segment(1));
        return FakeGmailReply.Ok(FakeGmailJson.Message(message, format, call.QueryAll("metadataHeaders")));
    }

    private static FakeGmailReply ListMessages(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("q", "labelIds", "maxResults", "pageToken", "includeSpamTrash");
        var size = call.PageSize();
        var offset = call.PageOffset();
        var includeSpamTrash = call.Query("includeSpamTrash") == "true";
        var labelIds = call.QueryAll("labelIds");
        var matches = mailbox.Messages
            .Where(m => includeSpamTrash || (!m.Labels.Contains("SPAM") && !m.Labels.Contains("TRASH")))
            .Where(m => labelIds.All(m.Labels.Contains))
            .Where(m => FakeGmailSearch.Matches(mailbox, m, call.Query("q")))
            .Reverse()
            .Select(m => (JsonNode)FakeGmailJson.Ref(m))
            .ToList();
        return FakeGmailReply.Ok(FakeGmailCall.Page("messages", matches, offset, size));
    }

    private static FakeGmailReply ModifyMessage(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var (add, remove) = LabelChange(mailbox, call);
        var message = FindMessage(mailbox, call.Segment(1));
        mailbox.ChangeLabels(message, add, remove);
        return FakeGmailReply.Ok(FakeGmailJson.WithLabels(message));
    }

    private static FakeGmailReply TrashMessage(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var message = FindMessage(mailbox, call.Segment(1));
        mailbox.ChangeLabels(message, ["TRASH"], ["INBOX"]);
        return FakeGmailReply.Ok(FakeGmailJson.WithLabels(message));
    }

    private static FakeGmailReply GetThread(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("format", "metadataHeaders");
        var format = call.Enum("format", "full", "full", "metadata", "minimal");
        var messages = ThreadMessages(mailbox, call.Segment(1));
        return FakeGmailReply.Ok(new JsonObject
        {
            ["id"] = call.Segment(1),
            ["historyId"] = FakeGmailJson.Number(messages.Max(m => m.HistoryId)),
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)FakeGmailJson.Message(m, format, call.QueryAll("metadataHeaders")))]),
        });
    }

    private static FakeGmailReply ModifyThread(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var (add, remove) = LabelChange(mailbox, call);
        var messages = ThreadMessages(mailbox, call.Segment(1));
        foreach (var message in messages)
        {
            mailbox.ChangeLabels(message, add, remove);
        }
        return FakeGmailReply.Ok(new JsonObject
        {
            ["id"] = call.Segment(1),
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)FakeGmailJson.WithLabels(m))]),
        });
    }

    private static (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) LabelChange(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        var body = call.RequireBody("addLabelIds", "removeLabelIds");
        var add = FakeGmailCall.StringList(body, "addLabelIds");
        var remove = FakeGmailCall.StringList(body, "removeLabelIds");
        if (add.Count == 0 && remove.Count == 0)
        {
            throw FakeGmailError.BadRequest("No label add or removes specified");
        }
        if (add.Count > 100 || remove.Count > 100)
        {
            throw FakeGmailError.BadRequest("Too many label ids: at most 100 may be added or removed per request.");
        }
        foreach (var id in add.Concat(remove))
        {
            if (mailbox.Label(id) is null || FixedLabels.Contains(id, StringComparer.Ordinal))
            {
                throw FakeGmailError.BadRequest($"Invalid label: {id}");
            }
        }
        return (add, remove);
    }

    private static FakeStoredMessage FindMessage(FakeGmailMailbox mailbox, string id) =>
        HexId().IsMatch(id)
            ? mailbox.Find(id) ?? throw FakeGmailError.NotFound()
            : throw FakeGmailError.BadRequest("Invalid id value");

    private static List<FakeStoredMessage> ThreadMessages(FakeGmailMailbox mailbox, string threadId)
    {
        if (!HexId().IsMatch(threadId))
        {
            throw FakeGmailError.BadRequest("Invalid id value");
        }
        var messages = mailbox.Messages.Where(m => m.ThreadId == threadId).ToList();
        return messages.Count > 0 ? messages : throw FakeGmailError.NotFound();
    }

    [GeneratedRegex("^[0-9a-f]{1,24}$")]
    private static partial Regex HexId();
}
