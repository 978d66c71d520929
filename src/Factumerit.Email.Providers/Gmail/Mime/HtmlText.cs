using System.Text;
using HtmlAgilityPack;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>
/// HTML to readable text: paragraphs and headings are separated by a blank line, list items and rows by a line
/// break; scripts and styles vanish; entities decode; runs of whitespace collapse.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "noscript", "template" };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "hr",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase) { "div", "li", "tr", "dt", "dd" };

    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlDocument();
        document.LoadHtml(html);
        var writer = new PlainTextWriter();
        writer.Append(document.DocumentNode);
        return writer.ToString();
    }

    private sealed class PlainTextWriter
    {
        private readonly StringBuilder _output = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void Append(HtmlNode node)
        {
            if (node.NodeType == HtmlNodeType.Text)
            {
                Text(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                return;
            }
            if (node.NodeType == HtmlNodeType.Comment || Skipped.Contains(node.Name))
            {
                return;
            }
            if (node.Name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                _pendingBreaks = Math.Min(_pendingBreaks + 1, 2);
                return;
            }
            var breaks = Paragraphs.Contains(node.Name) ? 2 : Lines.Contains(node.Name) ? 1 : 0;
            Break(breaks);
            foreach (var child in node.ChildNodes)
            {
                Append(child);
            }
            Break(breaks);
        }

        public override string ToString() => _output.ToString();

        private void Break(int count) => _pendingBreaks = Math.Max(_pendingBreaks, count);

        private void Text(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_output.Length > 0)
                {
                    if (_pendingBreaks > 0)
                    {
                        _output.Append('\n', _pendingBreaks);
                    }
                    else if (_pendingSpace)
                    {
                        _output.Append(' ');
                    }
                }
                _pendingBreaks = 0;
                _pendingSpace = false;
                _output.Append(c);
            }
        }
    }
}
