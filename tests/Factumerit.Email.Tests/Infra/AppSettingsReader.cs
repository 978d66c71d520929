using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

/// <summary>
/// Every app setting the template can write: the keys of the object literals that flow, through vars,
/// into the <c>Microsoft.Web/sites/config</c> 'appsettings' resource.
/// </summary>
internal static partial class AppSettingsReader
{
    public static IReadOnlyDictionary<string, string> Read()
    {
        var config = InfraTemplates.All()
            .SelectMany(d => d.ResourcesOfType("Microsoft.Web/sites/config").Select(r => (Doc: d, Resource: r)))
            .Where(x => x.Resource.Body.Text("name") == "appsettings")
            .ToList();
        Assert.True(config.Count == 1, $"Expected one 'appsettings' config resource, found {config.Count}.");

        var (doc, resource) = config[0];
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Collect(doc, resource.Body.Value("properties")!, settings, []);
        return settings;
    }

    private static void Collect(BicepDocument doc, string expression, Dictionary<string, string> settings, HashSet<string> seen)
    {
        if (BicepObject.IsObject(expression))
        {
            foreach (var (key, value) in BicepObject.Parse(expression).Entries)
            {
                Assert.True(settings.TryAdd(key, value), $"App setting {key} is defined twice.");
            }
            return;
        }
        foreach (Match m in Identifier().Matches(expression))
        {
            if (doc.Var(m.Value) is { } variable && seen.Add(variable.Name))
            {
                Collect(doc, variable.Value!, settings, seen);
            }
        }
    }

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();
}
