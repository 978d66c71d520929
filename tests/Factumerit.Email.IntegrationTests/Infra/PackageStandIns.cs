namespace Factumerit.Email.IntegrationTests.Infra;

/// <summary>
/// host.json and functions/ are owned by the host's own change. Until a checkout has them, the package test
/// supplies a minimal pair in its scratch copy; once they exist, the test packages the real ones untouched.
/// </summary>
internal static class PackageStandIns
{
    public static void EnsureHostFiles(RepoCopy repo)
    {
        if (!File.Exists(repo.PathOf("host.json")))
        {
            File.WriteAllText(repo.PathOf("host.json"), """
                {
                  "version": "2.0",
                  "customHandler": {
                    "description": { "defaultExecutablePath": "Factumerit.Email.Functions" },
                    "enableProxyingHttpRequest": true
                  }
                }
                """);
        }
        if (!Directory.Exists(repo.PathOf("functions")))
        {
            Directory.CreateDirectory(repo.PathOf("functions/health"));
            File.WriteAllText(repo.PathOf("functions/health/function.json"), """
                {
                  "bindings": [
                    { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "methods": ["get"], "route": "health" },
                    { "type": "http", "direction": "out", "name": "res" }
                  ]
                }
                """);
        }
    }
}
