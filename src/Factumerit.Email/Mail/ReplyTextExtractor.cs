namespace Factumerit.Email.Mail;

/// <summary>
/// Extracts what the sender newly wrote from a plain-text reply: quoted history, the signature
/// and mobile footers go; the sender's own lines stay as written.
/// </summary>
/// <remarks>
/// Top-posted replies are cut at the first history marker (attribution line, Outlook header
/// block, "Original Message" rule, underscore rule). When the sender answered inline, between
/// quoted lines, only the quoted lines and the attribution are removed, so the answers survive.
/// A forwarded message ("---------- Forwarded message ---------") is kept: it is what the sender
/// wants the persona to read.
/// </remarks>
public static class ReplyTextExtractor
{
    private const int MaxAttributionLines = 3;
    private const int HeaderBlockLines = 6;

    /// <summary>Returns the new text, or an empty string when the message holds nothing new.</summary>
    public static string Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var removed = new bool[lines.Length];
        var end = lines.Length;

        for (var i = 0; i < lines.Length; i++)
        {
            if (IsQuoted(lines[i]))
            {
                removed[i] = true;
                continue;
            }

            if (ReplyMarkers.ForwardedMessage().IsMatch(lines[i]))
            {
                i = EndOfHeaderBlock(lines, i + 1);
                continue;
            }

            if (IsSignatureDelimiter(lines[i]) || StartsHistoryBlock(lines, i))
            {
                end = i;
                break;
            }

            var span = AttributionSpan(lines, i);
            if (span == 0)
            {
                continue;
            }

            if (!IsInlineReply(lines, i + span))
            {
                end = i;
                break;
            }

            for (var k = i; k < i + span; k++)
            {
                removed[k] = true;
            }

            i += span - 1;
        }

        return Compose(lines, removed, end);
    }

    private static bool IsQuoted(string line) => line.TrimStart().StartsWith('>');

    // RFC 3676 §4.3: "-- " alone on a line; many clients trim the trailing space.
    private static bool IsSignatureDelimiter(string line) => line is "-- " or "--";

    private static bool StartsHistoryBlock(string[] lines, int i) =>
        ReplyMarkers.OriginalMessage().IsMatch(lines[i])
        || ReplyMarkers.UnderscoreRule().IsMatch(lines[i])
        || IsOutlookHeaderBlock(lines, i);

    private static bool IsOutlookHeaderBlock(string[] lines, int i)
    {
        if (!ReplyMarkers.HeaderFrom().IsMatch(lines[i]))
        {
            return false;
        }

        bool sent = false, toOrSubject = false;
        for (var k = i + 1; k < Math.Min(lines.Length, i + 1 + HeaderBlockLines); k++)
        {
            sent |= ReplyMarkers.HeaderSent().IsMatch(lines[k]);
            toOrSubject |= ReplyMarkers.HeaderToOrSubject().IsMatch(lines[k]);
        }

        return sent && toOrSubject;
    }

    /// <summary>The last line of the header block starting at <paramref name="start"/>; headers end at a blank line.</summary>
    private static int EndOfHeaderBlock(string[] lines, int start)
    {
        var k = start;
        while (k < lines.Length && !string.IsNullOrWhiteSpace(lines[k]))
        {
            k++;
        }

        return k - 1;
    }

    /// <summary>Lines the attribution at <paramref name="i"/> spans (clients wrap long ones), or 0.</summary>
    private static int AttributionSpan(string[] lines, int i)
    {
        if (!ReplyMarkers.AttributionStart().IsMatch(lines[i]))
        {
            return 0;
        }

        var joined = lines[i].Trim();
        for (var span = 1; span <= MaxAttributionLines; span++)
        {
            if (span > 1)
            {
                var next = i + span - 1;
                if (next >= lines.Length || string.IsNullOrWhiteSpace(lines[next]) || IsQuoted(lines[next]))
                {
                    return 0;
                }

                joined += " " + lines[next].Trim();
            }

            if (ReplyMarkers.Attribution().IsMatch(joined))
            {
                return LooksLikeAttribution(joined, lines, i + span) ? span : 0;
            }
        }

        return 0;
    }

    // "On 5 May, Bob wrote:" in the sender's own prose has no time or year, no address and no
    // quote under it; real attributions have at least one of these.
    private static bool LooksLikeAttribution(string joined, string[] lines, int after) =>
        ReplyMarkers.TimeOrYear().IsMatch(joined) || joined.Contains('@', StringComparison.Ordinal)
        || (NextNonBlank(lines, after) is { } next && IsQuoted(lines[next]));

    /// <summary>True when the sender wrote new lines between the quoted lines after an attribution.</summary>
    private static bool IsInlineReply(string[] lines, int start)
    {
        var seenQuote = false;
        for (var k = start; k < lines.Length; k++)
        {
            var line = lines[k];
            if (IsQuoted(line))
            {
                seenQuote = true;
            }
            else if (IsSignatureDelimiter(line) || StartsHistoryBlock(lines, k))
            {
                return false;
            }
            else if (seenQuote && !string.IsNullOrWhiteSpace(line) && !ReplyMarkers.MobileFooter().IsMatch(line))
            {
                return true;
            }
        }

        return false;
    }

    private static int? NextNonBlank(string[] lines, int start)
    {
        for (var k = start; k < lines.Length; k++)
        {
            if (!string.IsNullOrWhiteSpace(lines[k]))
            {
                return k;
            }
        }

        return null;
    }

    private static string Compose(string[] lines, bool[] removed, int end)
    {
        var kept = new List<string>(end);
        var removedSinceLast = false;
        for (var i = 0; i < end; i++)
        {
            if (removed[i])
            {
                removedSinceLast = true;
                continue;
            }

            var blank = string.IsNullOrWhiteSpace(lines[i]);

            // Removing a quote between two paragraphs must not leave a double gap behind.
            if (blank && removedSinceLast && kept.Count > 0 && string.IsNullOrWhiteSpace(kept[^1]))
            {
                continue;
            }

            kept.Add(lines[i]);
            removedSinceLast = false;
        }

        TrimBlankEdges(kept);
        if (kept.Count > 0 && ReplyMarkers.MobileFooter().IsMatch(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
            TrimBlankEdges(kept);
        }

        return string.Join('\n', kept);
    }

    private static void TrimBlankEdges(List<string> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }
    }
}
