using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Factumerit.Email.Routing.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s with YamlDotNet's event parser.
/// Syntax errors surface as <see cref="YamlException"/> carrying the position.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The document's root, or null for an empty stream.</summary>
    public static YamlNode? Read(TextReader reader, out YamlNode? extraDocument)
    {
        var parser = new Parser(reader);
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        extraDocument = null;

        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = ReadNode(parser, anchors);
        parser.Consume<DocumentEnd>();

        if (parser.TryConsume<DocumentStart>(out _))
        {
            extraDocument = ReadNode(parser, anchors);
        }

        return root;
    }

    private static YamlNode ReadNode(IParser parser, Dictionary<string, YamlNode> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"alias '*{alias.Value}' refers to no anchor");
        }

        YamlNode node;
        NodeEvent start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            start = scalar;
            node = new YamlScalar(scalar.Start, scalar.Value, scalar.Style);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            start = sequenceStart;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, anchors));
            }

            node = new YamlSequence(sequenceStart.Start, items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            start = mappingStart;
            var entries = new List<KeyValuePair<YamlNode, YamlNode>>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadNode(parser, anchors);
                entries.Add(new(key, ReadNode(parser, anchors)));
            }

            node = new YamlMapping(mappingStart.Start, entries);
        }

        if (!start.Anchor.IsEmpty)
        {
            anchors[start.Anchor.Value] = node;
        }

        return node;
    }
}
