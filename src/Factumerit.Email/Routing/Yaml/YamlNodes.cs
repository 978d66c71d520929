using YamlDotNet.Core;

namespace Factumerit.Email.Routing.Yaml;

/// <summary>
/// A YAML node that remembers where it started, so every validation error can point at a line
/// and column. Mappings keep duplicate keys, so they can be reported instead of silently merged.
/// </summary>
internal abstract class YamlNode(Mark start)
{
    public int Line { get; } = checked((int)start.Line);

    public int Column { get; } = checked((int)start.Column);

    public abstract string Kind { get; }
}

internal sealed class YamlScalar(Mark start, string value, ScalarStyle style) : YamlNode(start)
{
    public string Value { get; } = value;

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all; quoted text is never null.</summary>
    public bool IsNull => style is ScalarStyle.Plain or ScalarStyle.Any && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Kind => IsNull ? "nothing" : "a single value";
}

internal sealed class YamlSequence(Mark start, IReadOnlyList<YamlNode> items) : YamlNode(start)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Kind => "a list";
}

internal sealed class YamlMapping(Mark start, IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> entries) : YamlNode(start)
{
    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = entries;

    public override string Kind => "a mapping";
}
