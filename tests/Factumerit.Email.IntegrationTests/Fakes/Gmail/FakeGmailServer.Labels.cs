using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    private static readonly string[] LabelFields = ["name", "labelListVisibility", "messageListVisibility", "color", "type", "id"];

    private static FakeGmailReply ListLabels(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        return FakeGmailReply.Ok(new JsonObject
        {
            ["labels"] = new JsonArray([.. mailbox.Labels.Select(l => (JsonNode)FakeGmailJson.Label(l))]),
        });
    }

    private static FakeGmailReply CreateLabel(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var body = call.RequireBody(LabelFields);
        var name = ((string?)body["name"])?.Trim();
        if (string.IsNullOrEmpty(name) || name.Split('/').Any(string.IsNullOrWhiteSpace))
        {
            throw FakeGmailError.BadRequest("Invalid label name");
        }
        var labelList = Visibility(body, "labelListVisibility", "labelShow", "labelShowIfUnread", "labelHide");
        var messageList = Visibility(body, "messageListVisibility", "show", "hide");
        if (mailbox.Labels.Any(l => l.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new FakeGmailError(409, "duplicate", "Label name exists or conflicts");
        }
        if (mailbox.Labels.Count(l => l.Type == "user") >= 10_000)
        {
            throw FakeGmailError.BadRequest("Too many labels", "labelLimitExceeded");
        }
        var label = new FakeLabel(mailbox.NewLabelId(), name, "user", labelList ?? "labelShow", messageList ?? "show");
        mailbox.Labels.Add(label);
        return FakeGmailReply.Ok(FakeGmailJson.Label(label));
    }

    private static FakeGmailReply Profile(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var delivered = mailbox.Messages.Where(m => !m.Labels.Contains("DRAFT")).ToList();
        return FakeGmailReply.Ok(new JsonObject
        {
            ["emailAddress"] = mailbox.User,
            ["messagesTotal"] = delivered.Count,
            ["threadsTotal"] = delivered.Select(m => m.ThreadId).Distinct().Count(),
            ["historyId"] = FakeGmailJson.Number(mailbox.HistoryId),
        });
    }

    private static FakeGmailReply Watch(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        var body = call.RequireBody("topicName", "labelIds", "labelFilterBehavior", "labelFilterAction");
        var topic = (string?)body["topicName"];
        if (topic is null || !TopicName().IsMatch(topic))
        {
            throw FakeGmailError.BadRequest("Invalid topicName does not match projects/SOME-ANDROID-PROJECT/topics/*");
        }
        var behavior = Visibility(body, "labelFilterBehavior", "include", "exclude");
        var expiration = call.Now.AddDays(7);
        mailbox.Watch = new FakeWatch(topic, FakeGmailCall.StringList(body, "labelIds"), behavior, expiration);
        return FakeGmailReply.Ok(new JsonObject
        {
            ["historyId"] = FakeGmailJson.Number(mailbox.HistoryId),
            ["expiration"] = expiration.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static FakeGmailReply Stop(FakeGmailMailbox mailbox, FakeGmailCall call)
    {
        call.AllowQuery();
        mailbox.Watch = null;
        return FakeGmailReply.NoContent;
    }

    private static string? Visibility(JsonObject body, string field, params string[] allowed)
    {
        var value = (string?)body[field];
        return value is null || allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw FakeGmailError.BadRequest($"Invalid value at '{field}' ({value})", "invalid");
    }

    [GeneratedRegex("^projects/[^/]+/topics/[^/]+$")]
    private static partial Regex TopicName();
}
