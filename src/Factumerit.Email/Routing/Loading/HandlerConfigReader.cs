using Factumerit.Email.Mail;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Turns a route's <c>config</c> map into a <see cref="HandlerConfig"/>, checking the key conventions.</summary>
internal sealed class HandlerConfigReader(ConfigErrors errors, string context, string? baseDirectory)
{
    public List<(string Field, EmailAddress Address, YamlNode At)> Targets { get; } = [];

    public HandlerConfig Read(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            errors.Add(node, $"{context}'config' must be a mapping of settings, not {node.Kind}");
            return HandlerConfig.Empty;
        }

        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var entry in MappingEntries.Read(mapping, context + "config: ", errors))
        {
            if (Convert(entry.Value, $"config.{entry.Key}") is { } value)
            {
                values[entry.Key] = value;
                CheckConvention(entry);
            }
        }

        return new HandlerConfig(values, baseDirectory);
    }

    private object? Convert(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlScalar { IsNull: true }:
                errors.Add(node, $"{context}'{path}' has no value");
                return null;
            case YamlScalar scalar:
                return scalar.Value;
            case YamlSequence sequence:
                var items = sequence.Items.Select((item, i) => Convert(item, $"{path}[{i}]")).ToArray();
                return items.Any(i => i is null) ? null : (IReadOnlyList<object>)items!;
            default:
                var nested = new Dictionary<string, object>(StringComparer.Ordinal);
                foreach (var entry in MappingEntries.Read((YamlMapping)node, $"{context}{path}: ", errors))
                {
                    if (Convert(entry.Value, $"{path}.{entry.Key}") is { } value)
                    {
                        nested[entry.Key] = value;
                    }
                }

                return nested;
        }
    }

    private void CheckConvention(MappingEntry entry)
    {
        var field = $"config.{entry.Key}";
        if (ConfigConventions.IsAddressKey(entry.Key))
        {
            var nodes = entry.Value is YamlSequence list ? list.Items : [entry.Value];
            foreach (var item in nodes)
            {
                if (Scalars.Text(item, context, field, errors) is not { } text)
                {
                    continue;
                }

                if (EmailAddress.TryParse(text, out var address))
                {
                    Targets.Add((field, address, item));
                }
                else
                {
                    errors.Add(item, $"{context}{field} '{text}' is not a valid email address");
                }
            }
        }
        else if (ConfigConventions.IsCountKey(entry.Key))
        {
            Scalars.PositiveInt(entry.Value, context, field, errors);
        }
        else if (ConfigConventions.IsDurationKey(entry.Key))
        {
            if (Scalars.Text(entry.Value, context, field, errors) is { } text && !ConfigDuration.TryParse(text, out _))
            {
                errors.Add(entry.Value, $"{context}{field} must be a duration such as 30m, 24h or 2d, got '{text}'");
            }
        }
        else if (ConfigConventions.IsFileKey(entry.Key))
        {
            if (Scalars.Text(entry.Value, context, field, errors) is { } text && !IsContainedRelativePath(text))
            {
                errors.Add(entry.Value, $"{context}{field} must be a path relative to the routing file's folder, without '..', got '{text}'");
            }
        }
    }

    private static bool IsContainedRelativePath(string path) =>
        !Path.IsPathRooted(path) && !path.StartsWith('~')
        && !path.Split('/', '\\').Any(segment => segment == "..");
}
