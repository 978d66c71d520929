using YamlDotNet.RepresentationModel;

namespace Factumerit.Email.Assistant.Classification;

/// <summary>
/// The communication style names the LLM may pick from. Read from the styles file (its top-level keys, or the
/// keys under <c>communication_styles:</c> / <c>styles:</c>); the classifier needs only the names.
/// </summary>
public sealed class StyleCatalog
{
    public const string Business = "business";

    public static IReadOnlyList<string> DefaultNames { get; } = [Business, "casual", "formal"];

    public StyleCatalog(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var list = names.Select(n => n.Trim().ToLowerInvariant()).Where(n => n.Length > 0).Distinct().ToList();
        Names = list.Count > 0 ? list : DefaultNames;
    }

    public static StyleCatalog Default { get; } = new(DefaultNames);

    public IReadOnlyList<string> Names { get; }

    public bool IsKnown(string? name) => name is not null && Names.Contains(name.Trim().ToLowerInvariant());

    /// <summary>The names in <paramref name="path"/>, or the defaults when the file does not exist or names none.</summary>
    /// <exception cref="InvalidOperationException">The file exists but is not YAML.</exception>
    public static StyleCatalog Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return Default;
        }
        try
        {
            var yaml = new YamlStream();
            using var reader = File.OpenText(path);
            yaml.Load(reader);
            if (yaml.Documents.FirstOrDefault()?.RootNode is not YamlMappingNode root)
            {
                return Default;
            }
            var styles = Nested(root, "communication_styles") ?? Nested(root, "styles") ?? root;
            return new StyleCatalog(styles.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidOperationException($"The styles file '{path}' is not valid YAML: {ex.Message}", ex);
        }
    }

    private static YamlMappingNode? Nested(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;
}
