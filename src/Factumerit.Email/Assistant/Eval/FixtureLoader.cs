using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Factumerit.Email.Assistant.Eval;

/// <summary>Reads fixture YAML files (a list of fixtures each) and checks them.</summary>
public static class FixtureLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>A file, or every <c>*.yaml</c>/<c>*.yml</c> in a directory, in name order.</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="FormatException">A file is not valid YAML, or a fixture is incomplete or duplicated; the message names it.</exception>
    public static IReadOnlyList<ClassificationFixture> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No fixture file or directory at '{path}'.", path);
        var fixtures = files.SelectMany(f => Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        Check(fixtures);
        return fixtures;
    }

    public static IReadOnlyList<ClassificationFixture> Parse(string yaml, string source)
    {
        List<ClassificationFixture>? fixtures;
        try
        {
            fixtures = Yaml.Deserialize<List<ClassificationFixture>>(yaml);
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{source}: line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        foreach (var fixture in fixtures ?? [])
        {
            fixture.Source = source;
        }
        return fixtures ?? [];
    }

    public static void Check(IReadOnlyList<ClassificationFixture> fixtures)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var problems = new List<string>();
        foreach (var f in fixtures)
        {
            var where = $"{f.Source}: {(string.IsNullOrWhiteSpace(f.Id) ? "(no id)" : f.Id)}";
            if (string.IsNullOrWhiteSpace(f.Id))
            {
                problems.Add($"{where}: id is required");
            }
            if (!Categories.IsKnown(f.ExpectedClassification))
            {
                problems.Add($"{where}: expected_classification '{f.ExpectedClassification}' is not one of {string.Join(", ", Categories.All)}");
            }
            if (!Mail.EmailAddress.IsValid(f.SenderEmail))
            {
                problems.Add($"{where}: sender_email is not a valid address");
            }
            if (string.IsNullOrWhiteSpace(f.Category))
            {
                problems.Add($"{where}: category is required");
            }
        }
        problems.AddRange(fixtures.Where(f => !string.IsNullOrWhiteSpace(f.Id)).GroupBy(f => f.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: the id is used {g.Count()} times"));
        if (problems.Count > 0)
        {
            throw new FormatException("Invalid fixtures:\n" + string.Join("\n", problems));
        }
    }
}
