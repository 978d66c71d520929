using System.Text;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>Writes headers and a UTF-8 text (or text + HTML) body with CRLF line endings.</summary>
internal sealed class MimeWriter
{
    private readonly StringBuilder _text = new();

    public void Header(string name, string value)
    {
        if (name.Length == 0 || name.Any(c => c is <= ' ' or > '~' or ':'))
        {
            throw new ArgumentException($"'{name}' is not a header name.", nameof(name));
        }
        if (value.Replace("\r\n ", "", StringComparison.Ordinal).AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"Header {name} would contain a line break.", nameof(value));
        }
        _text.Append(name).Append(": ").Append(value).Append("\r\n");
    }

    public static string Unstructured(string name, string value)
    {
        var single = value.ReplaceLineEndings(" ");
        return EncodedWords.IsPlainAscii(single) ? single : EncodedWords.Encode(single, name.Length + 2);
    }

    public static string Addresses(string name, IReadOnlyList<MailboxAddress> mailboxes)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = name.Length + 2;
        for (var i = 0; i < mailboxes.Count; i++)
        {
            var item = Mailbox(mailboxes[i], used + line.Length) + (i + 1 < mailboxes.Count ? "," : "");
            var firstLine = item.Split("\r\n")[0];
            if (line.Length > 0 && used + line.Length + 1 + firstLine.Length > 76)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 1;
            }
            line.Append(line.Length == 0 ? "" : " ").Append(item);
        }
        lines.Add(line.ToString());
        return string.Join("\r\n ", lines);
    }

    public void Body(string text, string? html, MimeTransferEncoding encoding)
    {
        if (html is null)
        {
            Leaf("text/plain", text, encoding);
            _text.Append("\r\n");
            return;
        }
        var boundary = "=_fm_" + Guid.NewGuid().ToString("N");
        _text.Append("Content-Type: multipart/alternative;\r\n boundary=\"").Append(boundary).Append("\"\r\n\r\n");
        _text.Append("--").Append(boundary).Append("\r\n");
        Leaf("text/plain", text, encoding);
        _text.Append("\r\n--").Append(boundary).Append("\r\n");
        Leaf("text/html", html, encoding);
        _text.Append("\r\n--").Append(boundary).Append("--\r\n");
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_text.ToString());

    private void Leaf(string mimeType, string content, MimeTransferEncoding encoding)
    {
        var bytes = Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\r\n"));
        _text.Append("Content-Type: ").Append(mimeType).Append("; charset=utf-8\r\n");
        if (encoding == MimeTransferEncoding.QuotedPrintable)
        {
            _text.Append("Content-Transfer-Encoding: quoted-printable\r\n\r\n").Append(QuotedPrintable.Encode(bytes));
        }
        else
        {
            _text.Append("Content-Transfer-Encoding: base64\r\n\r\n")
                .Append(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks));
        }
    }

    private static string Mailbox(MailboxAddress mailbox, int used)
    {
        var address = "<" + mailbox.Address + ">";
        if (mailbox.DisplayName is not { } name)
        {
            return mailbox.Address;
        }
        if (!EncodedWords.IsPlainAscii(name))
        {
            return EncodedWords.Encode(name, used) + " " + address;
        }
        var needsQuotes = name.AsSpan().IndexOfAny("()<>[]:;@\\,.\"") >= 0;
        return (needsQuotes ? "\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : name) + " " + address;
    }
}
