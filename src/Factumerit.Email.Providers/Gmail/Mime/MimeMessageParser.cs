using System.Text;
using Factumerit.Email.Providers.Gmail.Data;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>
/// Reads an RFC 2822 message into Gmail's payload shape: header values with encoded-words decoded, transfer
/// encodings removed, <c>body.data</c> as base64url, part ids "" / "0" / "1.0" as Gmail numbers them.
/// </summary>
public static class MimeMessageParser
{
    public static MessagePart Parse(ReadOnlySpan<byte> raw) => ParsePart(raw, "");

    private static MessagePart ParsePart(ReadOnlySpan<byte> raw, string partId)
    {
        var (headerEnd, bodyStart) = SplitHeaders(raw);
        var headerBytes = raw[..headerEnd];
        var body = raw[bodyStart..];
        var headers = ParseHeaders(Encoding.UTF8.GetString(headerBytes));
        var contentType = MimeHeaderValue.Parse(Find(headers, "Content-Type"));
        var mimeType = contentType.Value.Length == 0 ? "text/plain" : contentType.Value;
        var disposition = MimeHeaderValue.Parse(Find(headers, "Content-Disposition"));
        var filename = disposition["filename"] ?? contentType["name"] ?? "";

        if (mimeType.StartsWith("multipart/", StringComparison.Ordinal) && contentType["boundary"] is { Length: > 0 } boundary)
        {
            var parts = SplitMultipart(body, boundary)
                .Select((part, index) => ParsePart(part.Span, partId.Length == 0 ? $"{index}" : $"{partId}.{index}"))
                .ToList();
            return new MessagePart
            {
                PartId = partId, MimeType = mimeType, Filename = filename, Headers = headers,
                Body = new MessagePartBody { Size = 0 }, Parts = parts,
            };
        }

        var content = DecodeTransfer(body, Find(headers, "Content-Transfer-Encoding"));
        return new MessagePart
        {
            PartId = partId, MimeType = mimeType, Filename = filename, Headers = headers,
            Body = new MessagePartBody { Size = content.Length, Data = Base64Url.Encode(content) },
        };
    }

    // Where the header block ends and the body starts (after the first empty line).
    private static (int HeaderEnd, int BodyStart) SplitHeaders(ReadOnlySpan<byte> raw)
    {
        if (raw.StartsWith("\r\n"u8))
        {
            return (0, 2);
        }
        if (raw.StartsWith("\n"u8))
        {
            return (0, 1);
        }
        var crlf = raw.IndexOf("\r\n\r\n"u8);
        var lf = raw.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            return (crlf, crlf + 4);
        }
        return lf >= 0 ? (lf, lf + 2) : (raw.Length, raw.Length);
    }

    private static List<MessagePartHeader> ParseHeaders(string text)
    {
        var headers = new List<MessagePartHeader>();
        var unfolded = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0 && (trimmed[0] == ' ' || trimmed[0] == '\t') && unfolded.Count > 0)
            {
                unfolded[^1] += trimmed;
            }
            else if (trimmed.Length > 0)
            {
                unfolded.Add(trimmed);
            }
        }
        foreach (var line in unfolded)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new MessagePartHeader { Name = line[..colon].Trim(), Value = EncodedWords.Decode(line[(colon + 1)..].Trim()) });
            }
        }
        return headers;
    }

    private static string? Find(List<MessagePartHeader> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    private static List<ReadOnlyMemory<byte>> SplitMultipart(ReadOnlySpan<byte> body, string boundary)
    {
        var text = Encoding.Latin1.GetString(body);
        var delimiter = "--" + boundary;
        var parts = new List<ReadOnlyMemory<byte>>();
        var lines = text.Split('\n');
        StringBuilder? current = null;
        foreach (var rawLine in lines)
        {
            var line = rawLine.TrimEnd('\r');
            if (line.StartsWith(delimiter, StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    parts.Add(Latin1(current));
                }
                if (line.AsSpan(delimiter.Length).TrimEnd().SequenceEqual("--"))
                {
                    return parts;
                }
                current = new StringBuilder();
                continue;
            }
            current?.Append(rawLine).Append('\n');
        }
        if (current is not null)
        {
            parts.Add(Latin1(current));
        }
        return parts;
    }

    // The line break before a delimiter belongs to the delimiter, not to the part.
    private static ReadOnlyMemory<byte> Latin1(StringBuilder part)
    {
        var text = part.ToString();
        text = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] DecodeTransfer(ReadOnlySpan<byte> body, string? encoding)
    {
        switch (encoding?.Trim().ToLowerInvariant())
        {
            case "base64":
                var compact = Encoding.ASCII.GetString(body).Where(c => !char.IsWhiteSpace(c)).ToArray();
                return Base64Url.TryDecode(new string(compact), out var bytes) ? bytes : body.ToArray();
            case "quoted-printable":
                return QuotedPrintable.Decode(body);
            default:
                return body.ToArray();
        }
    }
}
