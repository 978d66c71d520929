using System.Globalization;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Reads single values out of YAML nodes, reporting the wrong shape at the node.</summary>
internal static class Scalars
{
    /// <summary>The trimmed text of a non-empty scalar, or null after reporting why not.</summary>
    public static string? Text(YamlNode node, string context, string field, ConfigErrors errors)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } scalar when scalar.Value.Trim().Length > 0:
                return scalar.Value.Trim();
            case YamlScalar:
                errors.Add(node, $"{context}'{field}' has no value");
                return null;
            default:
                errors.Add(node, $"{context}'{field}' must be a single value, not {node.Kind}");
                return null;
        }
    }

    public static int? PositiveInt(YamlNode node, string context, string field, ConfigErrors errors)
    {
        if (Text(node, context, field, errors) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        errors.Add(node, $"{context}{field} must be a positive integer, got '{text}'");
        return null;
    }
}
