using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

/// <summary>A top-level declaration: its keyword, name, the text between name and '=', and the value text.</summary>
internal sealed record BicepStatement(string Keyword, string Name, string Header, string? Value)
{
    /// <summary>For resources and modules, the object body (inside any <c>if</c> or <c>for</c> wrapper).</summary>
    public BicepObject Body => BicepObject.Parse(Value![Value!.IndexOf('{')..]);

    public string? Condition => Value is { } v && v.StartsWith("if", StringComparison.Ordinal)
        ? v[(v.IndexOf('(') + 1)..BicepScanner.FindClose(v, v.IndexOf('(') + 1, ')')].Trim()
        : null;

    public bool IsLoop => Value?.StartsWith("[for ", StringComparison.Ordinal) == true;

    /// <summary>Resource type without the API version, e.g. <c>Microsoft.Web/sites</c>.</summary>
    public string ResourceType => BicepValue.Unquote(Header.Split(' ')[0]).Split('@')[0];

    public bool IsExisting => Header.EndsWith(" existing", StringComparison.Ordinal);
}

/// <summary>A .bicep or .bicepparam file cut into its top-level statements.</summary>
internal sealed partial class BicepDocument
{
    private BicepDocument(string relativePath, IReadOnlyList<BicepStatement> statements)
    {
        RelativePath = relativePath;
        Statements = statements;
    }

    public string RelativePath { get; }

    public IReadOnlyList<BicepStatement> Statements { get; }

    public IEnumerable<BicepStatement> Params => Of("param");
    public IEnumerable<BicepStatement> Vars => Of("var");
    public IEnumerable<BicepStatement> Resources => Of("resource");
    public IEnumerable<BicepStatement> Modules => Of("module");
    public IEnumerable<BicepStatement> Outputs => Of("output");

    public IEnumerable<BicepStatement> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals(r.ResourceType, type, StringComparison.OrdinalIgnoreCase));

    public BicepStatement Single(string keyword, string name) =>
        Of(keyword).SingleOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"{RelativePath} declares no {keyword} '{name}'.");

    public BicepStatement? Var(string name) => Vars.SingleOrDefault(v => v.Name == name);

    private IEnumerable<BicepStatement> Of(string keyword) => Statements.Where(s => s.Keyword == keyword);

    public static BicepDocument Load(string relativePath) => Parse(relativePath, RepoFiles.Read(relativePath));

    public static BicepDocument Parse(string relativePath, string text)
    {
        var statements = new List<BicepStatement>();
        var i = 0;
        while ((i = BicepScanner.SkipTrivia(text, i)) < text.Length)
        {
            var end = BicepScanner.FindStop(text, i, '\n');
            var line = text[i..end].Trim();
            i = end;
            if (line.StartsWith('@'))
            {
                continue; // decorators describe the next statement and carry nothing the tests read
            }
            statements.Add(ParseStatement(relativePath, line));
        }
        return new BicepDocument(relativePath, statements);
    }

    private static BicepStatement ParseStatement(string path, string line)
    {
        var head = StatementHead().Match(line);
        if (!head.Success)
        {
            throw new FormatException($"{path}: cannot read statement '{line.Split('\n')[0]}'.");
        }
        var rest = line[head.Length..];
        var eq = BicepScanner.FindStop(rest, 0, '=');
        var header = rest[..Math.Min(eq, rest.Length)].Trim();
        var value = eq < rest.Length ? rest[(eq + 1)..].Trim() : null;
        return new BicepStatement(head.Groups["kw"].Value, head.Groups["name"].Value, header, value);
    }

    [GeneratedRegex(@"^(?<kw>param|var|resource|module|output|targetScope|using|metadata|type|func|import)\b\s*(?<name>'[^']*'|[A-Za-z_][A-Za-z0-9_]*)?\s*")]
    private static partial Regex StatementHead();
}
