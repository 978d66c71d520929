using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

/// <summary>Setting names from the first column of the README's configuration table.</summary>
internal static partial class DocumentedSettings
{
    public static IReadOnlyList<string> Read()
    {
        var lines = RepoFiles.Read("README.md").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## Configuration", StringComparison.Ordinal));
        Assert.True(start >= 0, "README.md has no '## Configuration' section.");

        var names = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|'))
            .Select(l => l.Split('|')[1])
            .SelectMany(cell => SettingName().Matches(cell).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.True(names.Count >= 10, $"README configuration table lists only {names.Count} settings.");
        return names;
    }

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9_]*)`")]
    private static partial Regex SettingName();
}
