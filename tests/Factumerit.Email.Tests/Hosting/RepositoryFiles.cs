namespace Factumerit.Email.Tests.Hosting;

internal static class RepositoryFiles
{
    /// <summary>The folder holding Factumerit.Email.sln, found by walking up from the test binaries.</summary>
    public static string Root()
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
