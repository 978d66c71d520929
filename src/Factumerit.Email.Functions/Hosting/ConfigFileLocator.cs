namespace Factumerit.Email.Functions.Hosting;

/// <summary>
/// Finds a configuration file (styles, routing) named by a relative path: in the content root or a folder above it
/// (a test host's content root is the project folder, the file sits at the repository root), then beside the app's
/// binaries (a deployment, where the build copied it).
/// </summary>
internal static class ConfigFileLocator
{
    private const int MaxLevelsUp = 8;

    /// <returns>The full path, or null; <paramref name="searched"/> lists the places tried, for the error message.</returns>
    public static string? Find(string file, string contentRoot, out IReadOnlyList<string> searched)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var tried = new List<string>();
        searched = tried;
        if (Path.IsPathRooted(file))
        {
            tried.Add(file);
            return File.Exists(file) ? Path.GetFullPath(file) : null;
        }
        var levels = 0;
        for (var directory = new DirectoryInfo(contentRoot); directory is not null && levels++ <= MaxLevelsUp; directory = directory.Parent)
        {
            if (Try(Path.Combine(directory.FullName, file), tried) is { } found)
            {
                return found;
            }
        }
        return Try(Path.Combine(AppContext.BaseDirectory, file), tried);
    }

    /// <summary>The file's full path when found; otherwise the path as given, so the loader's error names it.</summary>
    public static string Resolve(string file, string contentRoot) =>
        string.IsNullOrWhiteSpace(file) ? file : Find(file, contentRoot, out _) ?? file;

    private static string? Try(string candidate, List<string> tried)
    {
        var full = Path.GetFullPath(candidate);
        if (tried.Contains(full, StringComparer.Ordinal))
        {
            return null;
        }
        tried.Add(full);
        return File.Exists(full) ? full : null;
    }
}
