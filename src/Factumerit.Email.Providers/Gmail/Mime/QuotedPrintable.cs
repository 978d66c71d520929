using System.Text;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>RFC 2045 quoted-printable: lines of at most 76 characters, soft breaks never splitting an =XX escape.</summary>
public static class QuotedPrintable
{
    private const int MaxLineLength = 76;

    /// <summary>Encodes text whose line breaks are CRLF; the breaks stay hard breaks.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var output = new StringBuilder(bytes.Length * 3 / 2);
        var lineLength = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n')
            {
                output.Append("\r\n");
                lineLength = 0;
                i++;
                continue;
            }
            var atLineEnd = i + 1 == bytes.Length || (bytes[i + 1] == '\r' && i + 2 < bytes.Length && bytes[i + 2] == '\n');
            var literal = (b is >= 33 and <= 126 && b != '=') || (b is (byte)' ' or (byte)'\t' && !atLineEnd);
            var token = literal ? ((char)b).ToString() : $"={b:X2}";
            // Keep one column for the '=' of a soft break unless this token ends the line.
            var room = atLineEnd ? MaxLineLength : MaxLineLength - 1;
            if (lineLength + token.Length > room)
            {
                output.Append("=\r\n");
                lineLength = 0;
            }
            output.Append(token);
            lineLength += token.Length;
        }
        return output.ToString();
    }

    /// <summary>Lenient decoding: soft breaks with CRLF or LF, malformed escapes kept as they are.</summary>
    public static byte[] Decode(ReadOnlySpan<byte> encoded)
    {
        var output = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b != '=')
            {
                output.Add(b);
                continue;
            }
            if (i + 1 < encoded.Length && encoded[i + 1] == '\n')
            {
                i += 1;
            }
            else if (i + 2 < encoded.Length && encoded[i + 1] == '\r' && encoded[i + 2] == '\n')
            {
                i += 2;
            }
            else if (i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                output.Add(Convert.FromHexString([(char)encoded[i + 1], (char)encoded[i + 2]])[0]);
                i += 2;
            }
            else
            {
                output.Add(b);
            }
        }
        return [.. output];
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);
}
