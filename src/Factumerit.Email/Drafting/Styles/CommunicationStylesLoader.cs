using System.Text.RegularExpressions;
using Factumerit.Email.Routing.Yaml;
using YamlDotNet.Core;

namespace Factumerit.Email.Drafting.Styles;

/// <summary>
/// Loads <c>communication_styles.yaml</c> and checks it completely, reporting every error with its line and column
/// (the routing loader's approach). Format:
/// <code>
/// styles:
///   business:
///     language: auto          # or a language code such as cs
///     sign_off: "Best regards"
///     rules: [ "…", "…" ]
///     examples:               # optional
///       - { context: "…", input: "…", draft: "…" }
/// </code>
/// </summary>
public static partial class CommunicationStylesLoader
{
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="StyleConfigException">The file is invalid.</exception>
    public static CommunicationStyles Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = File.OpenText(path);
        return Load(reader, path);
    }

    /// <exception cref="StyleConfigException">The text is invalid.</exception>
    public static CommunicationStyles Load(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);

        var errors = new List<StyleConfigError>();
        void Report(int line, int column, string message) => errors.Add(new StyleConfigError(sourceName, line, column, message));

        YamlNode? root;
        try
        {
            root = YamlTreeReader.Read(reader, out var extra);
            if (extra is not null)
            {
                Report(extra.Line, extra.Column, "only one YAML document is allowed; remove the second '---'");
            }
        }
        catch (YamlException ex)
        {
            Report(checked((int)ex.Start.Line), checked((int)ex.Start.Column), $"invalid YAML: {StripPosition(ex.Message)}");
            throw new StyleConfigException(sourceName, errors);
        }

        var styles = new StyleDocumentReader(Report).Read(root);
        if (errors.Count > 0)
        {
            throw new StyleConfigException(sourceName, errors);
        }
        return new CommunicationStyles(styles);
    }

    private static string StripPosition(string message) => PositionPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
