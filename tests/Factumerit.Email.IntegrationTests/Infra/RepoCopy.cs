using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Infra;

/// <summary>
/// A scratch copy of what a fresh clone needs to build the package, so a test can publish without touching the
/// working tree's bin/, obj/ or artifacts/ while other tests run from it.
/// </summary>
internal sealed class RepoCopy : IDisposable
{
    private static readonly string[] Files =
        ["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig", "NuGet.config", "nuget.config", "host.json"];

    private static readonly string[] Folders = ["src", "scripts", "functions", "config"];

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", "TestResults" };

    private RepoCopy(string root) => Root = root;

    public string Root { get; }

    public static RepoCopy Create(bool withSources = true)
    {
        var source = RepositoryRoot.Find();
        var copy = new RepoCopy(Directory.CreateTempSubdirectory("factumerit-repo-").FullName);
        foreach (var file in Files.Where(f => File.Exists(Path.Combine(source, f))))
        {
            File.Copy(Path.Combine(source, file), Path.Combine(copy.Root, file));
        }
        foreach (var folder in (withSources ? Folders : ["scripts"]).Where(f => Directory.Exists(Path.Combine(source, f))))
        {
            CopyTree(Path.Combine(source, folder), Path.Combine(copy.Root, folder));
        }
        return copy;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in the temp directory is harmless.
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var target = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(file));
            }
        }
        foreach (var dir in Directory.EnumerateDirectories(from).Where(d => !Skipped.Contains(Path.GetFileName(d))))
        {
            CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
