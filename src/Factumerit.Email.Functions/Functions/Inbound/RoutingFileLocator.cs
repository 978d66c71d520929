namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>Finds the routing file named by <see cref="RoutingOptions.File"/>.</summary>
internal static class RoutingFileLocator
{
    private const int MaxLevelsUp = 8;

    /// <returns>The full path, or null; <paramref name="searched"/> lists the places tried, for the error message.</returns>
    public static string? Find(string file, string contentRoot, out IReadOnlyList<string> searched)
    {
        var tried = new List<string>();
        searched = tried;
        if (Path.IsPathRooted(file))
        {
            tried.Add(file);
            return File.Exists(file) ? Path.GetFullPath(file) : null;
        }
        for (var directory = new DirectoryInfo(contentRoot); directory is not null && tried.Count <= MaxLevelsUp; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, file);
            tried.Add(candidate);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
