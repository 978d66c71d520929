namespace Factumerit.Email.Tests.Infra;

/// <summary>The committed infrastructure templates, parsed once per test class.</summary>
internal static class InfraTemplates
{
    public const string MainPath = "infra/main.bicep";
    public const string ParametersPath = "infra/main.bicepparam";

    public static BicepDocument LoadMain() => BicepDocument.Load(MainPath);

    /// <summary>main.bicep and every module it references, by repository-relative path.</summary>
    public static IReadOnlyList<BicepDocument> All()
    {
        var main = LoadMain();
        return [main, .. main.Modules.Select(m => BicepDocument.Load(ModulePath(main, m)))];
    }

    /// <summary>A module reference resolved against the referencing file's folder, as a repository-relative path.</summary>
    public static string ModulePath(BicepDocument from, BicepStatement module)
    {
        var parts = new List<string>(from.RelativePath.Split('/')[..^1]);
        foreach (var part in BicepValue.Unquote(module.Header).Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    public static BicepStatement SingleResource(string type)
    {
        var matches = All().SelectMany(d => d.ResourcesOfType(type)).Where(r => !r.IsExisting).ToList();
        Assert.True(matches.Count == 1, $"Expected exactly one {type} in infra/, found {matches.Count}.");
        return matches[0];
    }
}
