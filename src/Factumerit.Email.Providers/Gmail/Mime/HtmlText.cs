using System.Text;
using HtmlAgilityPack;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>HTML to readable text: block elements become line breaks, scripts and styles vanish, entities decode.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr",
    };

    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var output = new StringBuilder();
        Append(document.DocumentNode, output);
        var lines = output.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        var text = string.Join('\n', lines);
        while (text.Contains("\n\n\n", StringComparison.Ordinal))
        {
            text = text.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }
        return text.Trim();
    }

    private static void Append(HtmlNode node, StringBuilder output)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                output.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text).Replace('\r', ' ').Replace('\n', ' '));
                return;
            case HtmlNodeType.Comment:
                return;
        }
        if (Skipped.Contains(node.Name))
        {
            return;
        }
        var block = Blocks.Contains(node.Name);
        if (block)
        {
            output.Append('\n');
        }
        foreach (var child in node.ChildNodes)
        {
            Append(child, output);
        }
        if (block && !node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
        {
            output.Append('\n');
        }
    }
}
