namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>An address with an optional display name, as written into From/To/Cc.</summary>
public sealed record MailboxAddress
{
    public MailboxAddress(string address, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (address.AsSpan().IndexOfAny("\r\n<>,;: \t\"") >= 0 || at <= 0 || at == address.Length - 1)
        {
            throw new ArgumentException("Not a bare email address.", nameof(address));
        }
        Address = address;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.ReplaceLineEndings(" ").Trim();
    }

    public string Address { get; }

    public string? DisplayName { get; }

    /// <summary>
    /// Parses <c>Name &lt;a@b&gt;</c>, <c>"Doe, J" &lt;a@b&gt;</c> or <c>a@b</c>, leniently: header values come
    /// decoded from Gmail, so a display name may hold quotes or commas that were inside an encoded-word.
    /// </summary>
    public static bool TryParse(string? value, out MailboxAddress? mailbox)
    {
        mailbox = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var open = text.LastIndexOf('<');
        var close = text.LastIndexOf('>');
        var address = open >= 0 && close > open ? text[(open + 1)..close].Trim() : text;
        var name = open >= 0 && close > open ? Unquote(text[..open].Trim()) : null;
        try
        {
            mailbox = new MailboxAddress(address, name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Every address of a header such as To or Cc; entries that are not addresses are skipped.</summary>
    public static IReadOnlyList<MailboxAddress> ParseList(string? value)
    {
        var result = new List<MailboxAddress>();
        foreach (var entry in SplitEntries(value ?? ""))
        {
            if (TryParse(entry, out var mailbox))
            {
                result.Add(mailbox!);
            }
        }
        return result;
    }

    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";

    // Commas separate entries only outside quotes and angle brackets, and only once an address has been seen,
    // so a decoded display name such as "Doe, John" stays whole.
    private static IEnumerable<string> SplitEntries(string value)
    {
        var start = 0;
        var quoted = false;
        var angle = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"' && (i == 0 || value[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '<')
            {
                angle = true;
            }
            else if (!quoted && c == '>')
            {
                angle = false;
            }
            else if (!quoted && !angle && c == ',' && value[start..i].Contains('@', StringComparison.Ordinal))
            {
                yield return value[start..i];
                start = i + 1;
            }
        }
        yield return value[start..];
    }

    private static string? Unquote(string name)
    {
        if (name.Length >= 2 && name[0] == '"' && name[^1] == '"')
        {
            return name[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }
        return name.Length == 0 ? null : name;
    }
}
