using System.IO.Compression;
using System.Text.Json;

namespace Factumerit.Email.IntegrationTests.Infra;

/// <summary>Builds the Flex deployment package with scripts/publish.sh and checks what the Functions host will find in it.</summary>
public sealed class PublishPackageTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Package_has_host_json_the_executable_it_names_and_every_function_at_its_root()
    {
        using var repo = RepoCopy.Create();

        var run = await ScriptRun.RunAsync(repo.Root, "scripts/publish.sh", PublishTimeout);
        Assert.True(run.ExitCode == 0, "publish.sh failed:\n" + run.Output);

        using var zip = ZipFile.OpenRead(repo.PathOf("artifacts/factumerit-email.zip"));
        var entries = zip.Entries.ToDictionary(e => e.FullName.Replace('\\', '/'));

        var hostJson = ReadJson(Assert.Contains("host.json", entries));
        var executable = hostJson.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()!;
        Assert.DoesNotContain('/', executable);
        var executableEntry = Assert.Contains(executable, entries);
        var unixMode = (executableEntry.ExternalAttributes >> 16) & 0x1FF;
        Assert.True((unixMode & 0b001_001_001) != 0, $"{executable} is not executable in the zip (mode {Convert.ToString(unixMode, 8)}).");

        // FC1's custom runtime has no .NET installed, so the app must carry its own runtime.
        var runtimeConfig = ReadJson(Assert.Contains(executable + ".runtimeconfig.json", entries));
        Assert.True(runtimeConfig.GetProperty("runtimeOptions").TryGetProperty("includedFrameworks", out _), "The app is not self-contained.");

        var functionFolders = Directory.GetDirectories(repo.PathOf("functions"));
        Assert.NotEmpty(functionFolders);
        foreach (var folder in functionFolders)
        {
            var name = Path.GetFileName(folder);
            var entry = Assert.Contains($"{name}/function.json", entries);
            Assert.Equal(File.ReadAllText(Path.Combine(folder, "function.json")), ReadText(entry));
        }
    }

    [Fact]
    public async Task Publishing_without_host_json_fails_with_a_message_that_names_it()
    {
        using var repo = RepoCopy.Create(withSources: false);
        File.Delete(repo.PathOf("host.json"));

        var run = await ScriptRun.RunAsync(repo.Root, "scripts/publish.sh", PublishTimeout);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("host.json is missing", run.Output);
        Assert.False(File.Exists(repo.PathOf("artifacts/factumerit-email.zip")));
    }

    private static JsonElement ReadJson(ZipArchiveEntry entry) => JsonDocument.Parse(ReadText(entry)).RootElement;

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
