using System.Globalization;
using System.Text;
using Azure.Core;

namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Splits a <c>$batch</c> response into its per-operation responses. It reads each embedded
/// <c>HTTP/1.1 nnn reason</c> block, so it copes with the changeset wrapper being present or absent.
/// </summary>
internal static class TableBatchReader
{
    public static List<BatchItemResponse> Read(ReadOnlySpan<byte> body)
    {
        var lines = Encoding.UTF8.GetString(body).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var responses = new List<BatchItemResponse>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal))
            {
                continue;
            }
            var statusLine = lines[i].Split(' ', 3);
            var status = int.Parse(statusLine[1], CultureInfo.InvariantCulture);
            var headers = new List<HttpHeader>();
            for (i++; i < lines.Length && lines[i].Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':');
                if (colon > 0)
                {
                    headers.Add(new HttpHeader(lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
                }
            }
            var content = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                content.Append(lines[i]).Append('\n');
            }
            i--;
            responses.Add(new BatchItemResponse(status, statusLine.Length > 2 ? statusLine[2] : "", headers,
                Encoding.UTF8.GetBytes(content.ToString().Trim())));
        }
        return responses;
    }

    /// <summary>The failing operation's index from the service's <c>"n:message"</c> convention.</summary>
    public static (int? Index, string Message) SplitIndex(string? message)
    {
        if (message is null)
        {
            return (null, "");
        }
        var colon = message.IndexOf(':');
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (index, message[(colon + 1)..])
            : (null, message);
    }
}
