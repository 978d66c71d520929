using System.Text.Json;

namespace Factumerit.Email.Providers.Resend;

/// <summary>
/// Parses a verified webhook body into an <c>email.received</c> event without throwing. Required: <c>type</c>,
/// <c>created_at</c>, <c>data.email_id</c>, <c>data.created_at</c>, <c>data.from</c>, <c>data.to</c> and each
/// attachment's <c>id</c>. The rest default to empty, since the received-email API repeats them in full.
/// </summary>
public static class ResendWebhookEventParser
{
    public static ResendWebhookParseResult Parse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return new(ResendWebhookParseStatus.NotJson);
        }
        using (document)
        {
            return Parse(new WebhookFieldReader(document.RootElement));
        }
    }

    private static ResendWebhookParseResult Parse(WebhookFieldReader root)
    {
        if (root.String("type") is not { } type)
        {
            return new(ResendWebhookParseStatus.MissingField, Field: root.MissingField);
        }
        if (type != ResendWebhookEvent.EmailReceived)
        {
            return new(ResendWebhookParseStatus.OtherEventType, EventType: type);
        }
        var createdAt = root.Timestamp("created_at");
        var data = root.Object("data");
        var payload = data is null ? null : ReadData(data);
        return createdAt is { } emittedAt && payload is not null && root.MissingField is null
            ? new(ResendWebhookParseStatus.Ok, new ResendWebhookEvent(type, emittedAt, payload), type)
            : new(ResendWebhookParseStatus.MissingField, EventType: type, Field: root.MissingField);
    }

    private static EmailReceivedEventData? ReadData(WebhookFieldReader data)
    {
        var emailId = data.String("email_id");
        var createdAt = data.Timestamp("created_at");
        var from = data.String("from");
        var to = data.Strings("to", required: true);
        var attachments = data.Objects("attachments")
            .Select(item => (Id: item.String("id"), Item: item))
            .Where(pair => pair.Id is not null)
            .Select(pair => new ResendWebhookAttachment(
                pair.Id!,
                pair.Item.String("filename", required: false),
                pair.Item.String("content_type", required: false),
                pair.Item.String("content_disposition", required: false),
                pair.Item.String("content_id", required: false)))
            .ToList();
        if (emailId is null || createdAt is null || from is null || to is null)
        {
            return null;
        }
        return new EmailReceivedEventData
        {
            EmailId = emailId,
            CreatedAt = createdAt.Value,
            From = from,
            To = to,
            Cc = data.Strings("cc", required: false) ?? [],
            Bcc = data.Strings("bcc", required: false) ?? [],
            MessageId = data.String("message_id", required: false),
            Subject = data.String("subject", required: false) ?? "",
            Attachments = attachments,
        };
    }
}
