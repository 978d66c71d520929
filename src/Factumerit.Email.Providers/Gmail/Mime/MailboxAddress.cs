using System.Net.Mail;

namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>An address with an optional display name, as written into From/To/Cc.</summary>
public sealed record MailboxAddress
{
    public MailboxAddress(string address, string? displayName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (address.AsSpan().IndexOfAny("\r\n<>, \t\"") >= 0 || !address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException("Not a bare email address.", nameof(address));
        }
        Address = address;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.ReplaceLineEndings(" ").Trim();
    }

    public string Address { get; }

    public string? DisplayName { get; }

    /// <summary>Parses <c>Name &lt;a@b&gt;</c>, <c>"Doe, J" &lt;a@b&gt;</c> or <c>a@b</c>; display names are taken as decoded.</summary>
    public static bool TryParse(string? value, out MailboxAddress? mailbox)
    {
        mailbox = null;
        if (string.IsNullOrWhiteSpace(value) || !MailAddress.TryCreate(value.Trim(), out var parsed))
        {
            return false;
        }
        mailbox = new MailboxAddress(parsed.Address, parsed.DisplayName);
        return true;
    }

    /// <summary>Every address of a header such as To or Cc; unparseable entries are skipped.</summary>
    public static IReadOnlyList<MailboxAddress> ParseList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }
        var collection = new MailAddressCollection();
        try
        {
            collection.Add(value);
        }
        catch (FormatException)
        {
            return value.Split(',').Select(part => TryParse(part, out var one) ? one : null).OfType<MailboxAddress>().ToList();
        }
        return collection.Select(a => new MailboxAddress(a.Address, a.DisplayName)).ToList();
    }

    public override string ToString() => DisplayName is null ? Address : $"{DisplayName} <{Address}>";
}
