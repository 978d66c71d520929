using System.Text;

namespace Factumerit.Email.IntegrationTests.Drafting.Support;

/// <summary>The header section of raw RFC 2822 bytes, unfolded, exactly as written (encoded-words left encoded).</summary>
internal static class RawHeaders
{
    public static IReadOnlyDictionary<string, string> Read(byte[] raw)
    {
        var text = Encoding.ASCII.GetString(raw);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var unfolded = text[..end].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        return unfolded.Split("\r\n")
            .Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
