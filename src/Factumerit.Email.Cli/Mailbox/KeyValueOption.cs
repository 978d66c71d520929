namespace Factumerit.Email.Cli.Mailbox;

/// <summary>Parses repeated <c>key=value</c> options (<c>--style boss@acme.com=formal</c>).</summary>
internal static class KeyValueOption
{
    public static Dictionary<string, string> Parse(IEnumerable<string>? values, string optionName)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new FormatException($"{optionName} expects key=value, got '{value}'.");
            }
            result[value[..equals].Trim()] = value[(equals + 1)..].Trim();
        }
        return result;
    }
}
