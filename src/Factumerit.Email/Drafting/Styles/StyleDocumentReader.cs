using System.Text.RegularExpressions;
using Factumerit.Email.Routing.Yaml;

namespace Factumerit.Email.Drafting.Styles;

/// <summary>Walks the YAML tree of a styles file, reporting every problem at the node it concerns.</summary>
internal sealed partial class StyleDocumentReader(Action<int, int, string> report)
{
    private const string StylesKey = "styles";
    private static readonly string[] StyleKeys = ["language", "sign_off", "rules", "examples"];
    private static readonly string[] ExampleKeys = ["context", "input", "draft"];

    public List<CommunicationStyle> Read(YamlNode? root)
    {
        var result = new List<CommunicationStyle>();
        if (root is not YamlMapping document)
        {
            report(root?.Line ?? 1, root?.Column ?? 1, $"the file must be a mapping with a '{StylesKey}' key");
            return result;
        }
        YamlNode? stylesNode = null;
        foreach (var (key, value) in document.Entries)
        {
            if (KeyText(key) == StylesKey && stylesNode is null)
            {
                stylesNode = value;
            }
            else
            {
                report(key.Line, key.Column, $"unknown top-level key '{KeyText(key)}'; only '{StylesKey}' is allowed");
            }
        }
        if (stylesNode is not YamlMapping styles || styles.Entries.Count == 0)
        {
            var at = stylesNode ?? document;
            report(at.Line, at.Column, $"'{StylesKey}' must be a mapping of style names to styles");
            return result;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in styles.Entries)
        {
            var name = KeyText(key);
            if (!StyleName().IsMatch(name))
            {
                report(key.Line, key.Column, $"style name '{name}' must be lower-case letters, digits, '_' or '-'");
                continue;
            }
            if (!seen.Add(name))
            {
                report(key.Line, key.Column, $"style '{name}' is defined twice");
                continue;
            }
            if (ReadStyle(name, value) is { } style)
            {
                result.Add(style);
            }
        }
        if (!seen.Contains(CommunicationStyles.FallbackName))
        {
            report(styles.Line, styles.Column, $"style '{CommunicationStyles.FallbackName}' is required: it is the fallback");
        }
        return result;
    }

    private CommunicationStyle? ReadStyle(string name, YamlNode node)
    {
        var context = $"style '{name}': ";
        if (node is not YamlMapping mapping)
        {
            report(node.Line, node.Column, $"{context}must be a mapping with {string.Join(", ", StyleKeys)}");
            return null;
        }
        var fields = Fields(mapping, context, StyleKeys);
        var language = fields.TryGetValue("language", out var languageNode) ? Text(languageNode, context, "language") : CommunicationStyle.AutoLanguage;
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            report(languageNode!.Line, languageNode.Column, $"{context}'language' must be 'auto' or a language code such as 'cs' or 'en', got '{language}'");
            language = null;
        }
        var signOff = Required(fields, mapping, context, "sign_off") is { } signOffNode ? Text(signOffNode, context, "sign_off") : null;
        var rules = Required(fields, mapping, context, "rules") is { } rulesNode ? TextList(rulesNode, context, "rules") : null;
        var examples = fields.TryGetValue("examples", out var examplesNode) ? Examples(examplesNode, context) : [];
        return language is null || signOff is null || rules is null || examples is null
            ? null
            : new CommunicationStyle(name, language.ToLowerInvariant(), rules, signOff, examples);
    }

    private List<StyleExample>? Examples(YamlNode node, string context)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            report(node.Line, node.Column, $"{context}'examples' must be a list, not {node.Kind}");
            return null;
        }
        var examples = new List<StyleExample>();
        var valid = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemContext = $"{context}example {i + 1}: ";
            if (sequence.Items[i] is not YamlMapping item)
            {
                report(sequence.Items[i].Line, sequence.Items[i].Column, $"{itemContext}must be a mapping with context, input and draft");
                valid = false;
                continue;
            }
            var fields = Fields(item, itemContext, ExampleKeys);
            var values = ExampleKeys.Select(k => Required(fields, item, itemContext, k) is { } n ? Text(n, itemContext, k) : null).ToArray();
            if (values.Any(v => v is null))
            {
                valid = false;
                continue;
            }
            examples.Add(new StyleExample(values[0]!, values[1]!, values[2]!));
        }
        return valid ? examples : null;
    }

    private Dictionary<string, YamlNode> Fields(YamlMapping mapping, string context, string[] allowed)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            var name = KeyText(key);
            if (!allowed.Contains(name))
            {
                report(key.Line, key.Column, $"{context}unknown key '{name}'; allowed keys are {string.Join(", ", allowed)}");
            }
            else if (!fields.TryAdd(name, value))
            {
                report(key.Line, key.Column, $"{context}'{name}' is given twice");
            }
        }
        return fields;
    }

    private YamlNode? Required(Dictionary<string, YamlNode> fields, YamlNode owner, string context, string key)
    {
        if (fields.TryGetValue(key, out var node))
        {
            return node;
        }
        report(owner.Line, owner.Column, $"{context}'{key}' is required");
        return null;
    }

    private string? Text(YamlNode node, string context, string field)
    {
        if (node is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
        {
            return scalar.Value.Trim();
        }
        report(node.Line, node.Column, node is YamlScalar
            ? $"{context}'{field}' has no value"
            : $"{context}'{field}' must be a single value, not {node.Kind}");
        return null;
    }

    private List<string>? TextList(YamlNode node, string context, string field)
    {
        if (node is not YamlSequence { Items.Count: > 0 } sequence)
        {
            report(node.Line, node.Column, $"{context}'{field}' must be a non-empty list of text");
            return null;
        }
        var items = sequence.Items.Select(item => Text(item, context, field)).ToList();
        return items.Any(i => i is null) ? null : items.OfType<string>().ToList();
    }

    private static string KeyText(YamlNode key) => key is YamlScalar scalar ? scalar.Value : $"({key.Kind})";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex StyleName();

    [GeneratedRegex("^(auto|[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?)$")]
    private static partial Regex LanguageCode();
}
