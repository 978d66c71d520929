namespace Factumerit.Email.Tests.Infra;

/// <summary>Reads committed files by their path from the repository root, found by walking up to the solution.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathOf(string relative) =>
        Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative)
    {
        var path = PathOf(relative);
        Assert.True(File.Exists(path), $"Expected the repository to contain {relative}.");
        return File.ReadAllText(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Factumerit.Email.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Factumerit.Email.sln not found above " + AppContext.BaseDirectory);
    }
}
