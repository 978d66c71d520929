using System.Buffers;

namespace Factumerit.Email.Functions.Webhooks;

/// <summary>Reads a webhook body as raw bytes (signatures are over the bytes), refusing one over the limit.</summary>
internal static class WebhookBody
{
    private const int ChunkSize = 16 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>; an oversize body is never read in full.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > maxBytes)
        {
            return null;
        }
        using var body = new MemoryStream(request.ContentLength is { } length ? (int)length : ChunkSize);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return null;
                }
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return body.ToArray();
    }
}
