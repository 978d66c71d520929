using System.Globalization;
using System.Net;
using System.Text;
using Factumerit.Email.Personas.Handlers.Digest;

namespace Factumerit.Email.Digest;

/// <summary>The digest as plain text and HTML. Item texts may quote mail, so every one is HTML-encoded.</summary>
public static class DigestRenderer
{
    public static (string Text, string Html) Render(DigestSubscription subscription, DateOnly localDate, IReadOnlyList<DigestSection> sections,
        Func<DigestAction, Uri?> link)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(link);
        var date = Date(localDate);
        var footer = string.Create(CultureInfo.InvariantCulture,
            $"You get this digest every day at {subscription.Hour:00}:00 ({subscription.TimeZone}). Reply \"unsubscribe\" to stop it.");
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"Your Factumerit digest for {date}.");
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">")
            .Append(CultureInfo.InvariantCulture, $"<h1>Your Factumerit digest for {Encode(date)}</h1>");
        foreach (var section in sections)
        {
            text.AppendLine().AppendLine(section.Title).AppendLine(new string('-', section.Title.Length));
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(section.Title)}</h2>");
            if (section.Counts.Count > 0)
            {
                html.Append("<ul>");
                foreach (var count in section.Counts)
                {
                    text.AppendLine(count);
                    html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(count)}</li>");
                }
                html.Append("</ul>");
            }
            if (section.Items.Count > 0)
            {
                html.Append("<ul>");
                foreach (var item in section.Items)
                {
                    WriteItem(item, link, text, html);
                }
                html.Append("</ul>");
            }
        }
        text.AppendLine().AppendLine(footer);
        html.Append(CultureInfo.InvariantCulture, $"<p style=\"color:#666\">{Encode(footer)}</p></body></html>");
        return (text.ToString(), html.ToString());
    }

    public static string Date(DateOnly localDate) => localDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static void WriteItem(DigestItem item, Func<DigestAction, Uri?> link, StringBuilder text, StringBuilder html)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"  * {item.Text}");
        html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(item.Text)}");
        foreach (var action in item.Actions)
        {
            if (link(action) is not { } url)
            {
                continue;
            }
            text.AppendLine(CultureInfo.InvariantCulture, $"      {action.Label}: {url.AbsoluteUri}");
            html.Append(CultureInfo.InvariantCulture, $" <a href=\"{Encode(url.AbsoluteUri)}\">{Encode(action.Label)}</a>");
        }
        html.Append("</li>");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
