namespace Factumerit.Email.IntegrationTests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding Factumerit.Email.sln, found by walking up from the test binaries.</summary>
    public static string Find()
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
