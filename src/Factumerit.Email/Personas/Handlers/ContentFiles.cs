using System.Collections.Concurrent;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Handler content files (the support FAQ, the onboarding mails), each read once per process and kept: a singleton,
/// so every message's scope shares the cache. A file that cannot be read is not cached, so fixing it needs no restart.
/// </summary>
public sealed class ContentFiles
{
    /// <summary>Beyond this the file is cut: content larger than any prompt budget is a mistake.</summary>
    public const int MaxChars = 200_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _files = new(StringComparer.Ordinal);

    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    public async Task<string> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var entry = _files.GetOrAdd(path, p => new Lazy<Task<string>>(() => ReadAsync(p)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _files.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(path, entry));
            throw;
        }
    }

    private static async Task<string> ReadAsync(string path)
    {
        var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        return text.Length <= MaxChars ? text : text[..MaxChars];
    }
}
