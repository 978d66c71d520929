using System.Text;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Providers.Gmail.Mime;

namespace Factumerit.Email.Cli.Classify;

/// <summary>
/// Reads one email for <c>factumerit classify</c>: RFC 822 text (headers, blank line, body), or a small YAML or
/// JSON object with the fixture fields (<c>sender_email</c>, <c>subject</c>, <c>body</c>, optional <c>headers</c>).
/// </summary>
internal static class ClassifyInputReader
{
    public static ClassificationInput Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || IsFixture(trimmed))
        {
            // The fixture reader takes a list; JSON is YAML, so one indented item covers both forms.
            var fixture = FixtureLoader.Parse("- " + Indent(trimmed), "input").SingleOrDefault()
                ?? throw new FormatException("The input holds no email.");
            if (!Mail.EmailAddress.IsValid(fixture.SenderEmail))
            {
                throw new FormatException("sender_email is missing or not a valid address.");
            }
            return fixture.ToInput();
        }
        var message = MimeMessageParser.Parse(Encoding.UTF8.GetBytes(text));
        if (message.GetHeader("From") is null)
        {
            throw new FormatException("The input is neither an RFC 822 message with a From header nor a YAML/JSON email.");
        }
        return new ClassificationInput
        {
            From = message.GetHeader("From"),
            Subject = message.GetHeader("Subject") ?? "",
            Body = MessageBodyReader.Read(message).PlainText,
            Headers = (message.Headers ?? []).Where(h => h.Name is not null).Select(h => KeyValuePair.Create(h.Name!, h.Value ?? "")).ToList(),
        };
    }

    // A fixture names its fields in snake_case; an RFC 822 header block never has "sender_email:".
    private static bool IsFixture(string text) =>
        text.Split('\n').TakeWhile(l => l.Trim().Length > 0).Any(l => l.TrimStart().StartsWith("sender_email:", StringComparison.Ordinal));

    private static string Indent(string text) => text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
