namespace Factumerit.Email.Benchmarks.Infrastructure;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Factumerit.Email.sln, found from the binaries or, failing that, the working directory.</summary>
    public static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Factumerit.Email.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Factumerit.Email.sln not found above " + AppContext.BaseDirectory);
    }
}
