using System.Text.Json.Nodes;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    private static readonly string[] DraftFields = ["id", "message"];
    private static readonly string[] DraftMessageFields = ["raw", "threadId", "id", "labelIds"];
    private static long s_draftIds = 1_700_000_000_000_000_000;

    private FakeGmailReply CreateDraft(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var message = StoreDraftMessage(mailbox, call);
        var draftId = "r" + Interlocked.Increment(ref s_draftIds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        mailbox.Drafts[draftId] = message.Id;
        return FakeGmailReply.Ok(DraftJson(draftId, FakeGmailJson.WithLabels(message)));
    }

    private FakeGmailReply UpdateDraft(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var draftId = call.Segment(1);
        var old = FindDraft(mailbox, draftId);
        var message = StoreDraftMessage(mailbox, call);
        mailbox.Delete(old);
        mailbox.Drafts[draftId] = message.Id;
        return FakeGmailReply.Ok(DraftJson(draftId, FakeGmailJson.WithLabels(message)));
    }

    private static FakeGmailReply GetDraft(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("format");
        var format = call.Enum("format", "full", MessageFormats);
        var message = FindDraft(mailbox, call.Segment(1));
        return FakeGmailReply.Ok(DraftJson(call.Segment(1), FakeGmailJson.Message(message, format, [])));
    }

    private static FakeGmailReply DeleteDraft(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var message = FindDraft(mailbox, call.Segment(1));
        mailbox.Drafts.Remove(call.Segment(1));
        mailbox.Delete(message);
        return FakeGmailReply.NoContent;
    }

    private static FakeGmailReply ListDrafts(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery("q", "maxResults", "pageToken", "includeSpamTrash");
        var size = call.PageSize();
        var offset = call.PageOffset();
        // Gmail keeps a trashed draft (drafts.get still finds it) but lists it only with includeSpamTrash.
        var includeSpamTrash = call.Query("includeSpamTrash") == "true";
        var drafts = mailbox.Drafts
            .Select(d => (DraftId: d.Key, Message: mailbox.Find(d.Value)!))
            .Where(d => includeSpamTrash || !d.Message.Labels.Contains("TRASH"))
            .Where(d => FakeGmailSearch.Matches(mailbox, d.Message, call.Query("q")))
            .Reverse()
            .Select(d => (JsonNode)DraftJson(d.DraftId, FakeGmailJson.Ref(d.Message)))
            .ToList();
        return FakeGmailReply.Ok(FakeGmailCall.Page("drafts", drafts, offset, size));
    }

    // The draft joins the requested thread only as Gmail documents: threadId given, In-Reply-To or References
    // naming a message of that thread, and the same subject once "Re:"/"Fwd:" prefixes are set aside.
    private FakeStoredMessage StoreDraftMessage(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        var body = call.RequireBody(DraftFields);
        if (body["message"] is not JsonObject message)
        {
            throw FakeGmailError.BadRequest("Missing draft message");
        }
        FakeGmailCall.CheckFields(message, "message", DraftMessageFields);
        if (message["raw"] is not JsonValue rawValue || !Base64Url.TryDecode(rawValue.ToString(), out var raw) || raw.Length == 0)
        {
            throw FakeGmailError.BadRequest("Invalid value for ByteString: message.raw");
        }
        var threadId = (string?)message["threadId"];
        if (threadId is not null && mailbox.Messages.All(m => m.ThreadId != threadId))
        {
            throw FakeGmailError.NotFound();
        }
        var payload = MimeMessageParser.Parse(raw);
        var joins = threadId is not null && FakeThreading.Joins(mailbox, threadId, payload);
        return mailbox.Add(raw, ["DRAFT"], joins ? threadId : null, _time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private static FakeStoredMessage FindDraft(FakeGmailMailbox mailbox, string draftId) =>
        mailbox.Drafts.TryGetValue(draftId, out var messageId) && mailbox.Find(messageId) is { } message
            ? message
            : throw FakeGmailError.NotFound();

    private static JsonObject DraftJson(string draftId, JsonObject message) => new() { ["id"] = draftId, ["message"] = message };
}
