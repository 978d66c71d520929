using System.Globalization;
using System.Net;
using System.Text;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>One message of a fixture's thread, as a mail client would send it.</summary>
internal sealed record FixtureMessage(string From, string To, string Subject, string Body, DateTimeOffset Date, string MessageId)
{
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public string? InReplyTo { get; init; }
    public string? References { get; init; }
}

/// <summary>
/// Renders a fixture message as RFC 5322 bytes the way Gmail receives real mail: multipart/alternative with a
/// base64 text part and an HTML part, encoded-word display names and subjects, threading headers, and the
/// fixture's own headers (List-Id, Auto-Submitted, …) as given.
/// </summary>
internal static class FixtureMail
{
    public static byte[] Render(FixtureMessage message)
    {
        var boundary = "000000000000" + Guid.NewGuid().ToString("N")[..16];
        var mime = new StringBuilder();
        Header(mime, "MIME-Version", "1.0");
        Header(mime, "Date", message.Date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(mime, "Message-ID", message.MessageId);
        Header(mime, "In-Reply-To", message.InReplyTo);
        Header(mime, "References", message.References);
        Header(mime, "Subject", EncodedWord(message.Subject));
        Header(mime, "From", message.From);
        Header(mime, "To", message.To);
        foreach (var (name, value) in message.Headers ?? new Dictionary<string, string>())
        {
            Header(mime, name, value);
        }
        Header(mime, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        mime.Append("\r\n");
        Part(mime, boundary, "text/plain", message.Body);
        Part(mime, boundary, "text/html", Html(message.Body));
        mime.Append("--").Append(boundary).Append("--\r\n");
        return Encoding.ASCII.GetBytes(mime.ToString());
    }

    /// <summary>A display name and address, the name as an encoded word when it is not plain ASCII.</summary>
    public static string Address(string? name, string address) =>
        string.IsNullOrWhiteSpace(name) ? address
        : IsAscii(name) ? $"\"{name.Replace("\"", "", StringComparison.Ordinal)}\" <{address}>"
        : $"{EncodedWord(name)} <{address}>";

    private static void Header(StringBuilder mime, string name, string? value)
    {
        if (value is not null)
        {
            mime.Append(name).Append(": ").Append(value).Append("\r\n");
        }
    }

    private static void Part(StringBuilder mime, string boundary, string type, string text) =>
        mime.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: ").Append(type).Append("; charset=\"UTF-8\"\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(text), Base64FormattingOptions.InsertLineBreaks)).Append("\r\n\r\n");

    private static string Html(string text) =>
        "<div dir=\"ltr\">" + string.Join("<br>", text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(WebUtility.HtmlEncode)) + "</div>";

    private static string EncodedWord(string text) =>
        IsAscii(text) ? text : "=?UTF-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";

    private static bool IsAscii(string text) => text.All(c => c is >= ' ' and <= '~');
}
