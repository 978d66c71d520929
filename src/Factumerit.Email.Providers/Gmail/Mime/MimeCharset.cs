using System.Text;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>Charset names from MIME headers to encodings; unknown or missing charsets read as UTF-8.</summary>
internal static class MimeCharset
{
    public static Encoding Get(string? name)
    {
        var trimmed = name?.Trim().Trim('"');
        if (string.IsNullOrEmpty(trimmed) || trimmed.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }
        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            // windows-125x and friends live in the code-pages provider, which is used here without registering
            // it process-wide.
            return CodePagesEncodingProvider.Instance.GetEncoding(trimmed) ?? Encoding.UTF8;
        }
    }
}
