namespace Factumerit.Email.Tests.Routing;

/// <summary>Finds files committed in the repository, for tests that check them.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DefaultRoutingFile => Path.Combine(Root, "config", "email_routing.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Factumerit.Email.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Factumerit.Email.sln not found above the test output folder.");
    }
}
