using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>
/// Finds the first text/plain and text/html parts of a Gmail payload (nested multiparts included, attachments
/// skipped) and decodes them with their charset, UTF-8 when none is given.
/// </summary>
public static class MessageBodyReader
{
    public static MessageBodies Read(MessagePart? payload)
    {
        string? text = null;
        string? html = null;
        Visit(payload, ref text, ref html);
        return new MessageBodies(text, html);
    }

    private static void Visit(MessagePart? part, ref string? text, ref string? html)
    {
        if (part is null || (text is not null && html is not null))
        {
            return;
        }
        if (part.Parts is { Count: > 0 } children)
        {
            foreach (var child in children)
            {
                Visit(child, ref text, ref html);
            }
            return;
        }
        if (IsAttachment(part) || !Base64Url.TryDecode(part.Body?.Data, out var bytes))
        {
            return;
        }
        var mimeType = part.MimeType?.ToLowerInvariant();
        var contentType = MimeHeaderValue.Parse(part.GetHeader("Content-Type"));
        if (mimeType == "text/plain" && text is null)
        {
            text = MimeCharset.Get(contentType["charset"]).GetString(bytes);
        }
        else if (mimeType == "text/html" && html is null)
        {
            html = MimeCharset.Get(contentType["charset"]).GetString(bytes);
        }
    }

    private static bool IsAttachment(MessagePart part) =>
        !string.IsNullOrEmpty(part.Filename)
        || MimeHeaderValue.Parse(part.GetHeader("Content-Disposition")).Value == "attachment";
}
