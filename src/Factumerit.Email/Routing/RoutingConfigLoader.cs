using System.Text.RegularExpressions;
using Factumerit.Email.Routing.Loading;
using Factumerit.Email.Routing.Yaml;
using YamlDotNet.Core;

namespace Factumerit.Email.Routing;

/// <summary>
/// Loads <c>email_routing.yaml</c> and checks it completely: every error is reported with its
/// line and column, not just the first. See <c>config/README.md</c> for the format.
/// </summary>
public static partial class RoutingConfigLoader
{
    /// <summary>Loads a routing file; <c>*_file</c> config values resolve against its folder.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RoutingConfigResult Load(string path, IReadOnlySet<string> knownHandlers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(knownHandlers);
        using var reader = File.OpenText(path);
        return Load(reader, path, knownHandlers, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Loads routing YAML from a reader.</summary>
    /// <param name="reader">The YAML text.</param>
    /// <param name="sourceName">The name errors are reported under, usually the file path.</param>
    /// <param name="knownHandlers">Handler names routes may use, normally <see cref="Personas.PersonaNames.All"/>.</param>
    /// <param name="baseDirectory">The folder <c>*_file</c> config values are relative to.</param>
    public static RoutingConfigResult Load(
        TextReader reader, string sourceName, IReadOnlySet<string> knownHandlers, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(knownHandlers);

        var errors = new ConfigErrors(sourceName);
        YamlNode? root;
        try
        {
            root = YamlTreeReader.Read(reader, out var extraDocument);
            if (extraDocument is not null)
            {
                errors.Add(extraDocument, "only one YAML document is allowed; remove the second '---'");
            }
        }
        catch (YamlException ex)
        {
            errors.Add(checked((int)ex.Start.Line), checked((int)ex.Start.Column), $"invalid YAML: {StripPosition(ex.Message)}");
            return RoutingConfigResult.Failure(sourceName, errors.Items);
        }

        var table = new RoutingDocumentReader(errors, knownHandlers, baseDirectory).Read(root);
        return table is not null && errors.Count == 0
            ? RoutingConfigResult.Success(sourceName, table)
            : RoutingConfigResult.Failure(sourceName, errors.Items);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is printed already.
    private static string StripPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
