
namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>Gmail's byte fields (raw, body.data) are base64url; decoding also accepts standard base64 and missing padding.</summary>
public static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    public static bool TryDecode(string? value, out byte[] bytes)
    {
        bytes = [];
        if (value is null)
        {
            return false;
        }
        var normalized = value.Trim().Replace('+', '-').Replace('/', '_').TrimEnd('=');
        if (normalized.Length % 4 == 1)
        {
            return false;
        }
        try
        {
            bytes = System.Buffers.Text.Base64Url.DecodeFromChars(normalized);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] Decode(string value) =>
        TryDecode(value, out var bytes) ? bytes : throw new FormatException("The value is not base64url.");
}
