using System.Text;

namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// Message text travels as base64 of its UTF-8 bytes, the Functions host's default <c>messageEncoding</c>.
/// </summary>
internal static class QueueMessageEncoding
{
    /// <summary>The service's limit on message text, which applies to the encoded form.</summary>
    public const int MaxEncodedLength = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Encode(string messageText, string paramName)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(messageText);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("Message text is not valid UTF-16 (it holds an unpaired surrogate).", paramName, ex);
        }
        var encoded = Convert.ToBase64String(bytes);
        if (encoded.Length > MaxEncodedLength)
        {
            throw new ArgumentException(
                $"Message is {encoded.Length} characters once base64-encoded; the queue service accepts at most {MaxEncodedLength}.",
                paramName);
        }
        return encoded;
    }

    /// <summary>
    /// Decodes base64 UTF-8 text; anything else is returned unchanged, because a producer using
    /// <c>messageEncoding: none</c> sends plain text and a worker must not fail on it.
    /// </summary>
    public static string Decode(string wireText)
    {
        if (wireText.Length == 0 || wireText.Length % 4 != 0)
        {
            return wireText;
        }
        var buffer = new byte[wireText.Length / 4 * 3];
        if (!Convert.TryFromBase64String(wireText, buffer, out var written))
        {
            return wireText;
        }
        try
        {
            return StrictUtf8.GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return wireText;
        }
    }
}
