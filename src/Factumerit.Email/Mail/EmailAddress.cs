using System.Diagnostics.CodeAnalysis;

namespace Factumerit.Email.Mail;

/// <summary>
/// A validated mailbox address, normalised to lower case, with the display name it arrived with.
/// Equality and hashing use <see cref="Address"/> only.
/// </summary>
public sealed class EmailAddress : IEquatable<EmailAddress>
{
    private EmailAddress(string localPart, string domain, string? displayName)
    {
        LocalPart = localPart;
        Domain = domain;
        Address = $"{localPart}@{domain}";
        DisplayName = displayName;

        // A leading '+' is part of the name, not a tag separator.
        var plus = localPart.IndexOf('+', 1);
        if (plus > 0)
        {
            BaseLocalPart = localPart[..plus];
            Tag = plus + 1 < localPart.Length ? localPart[(plus + 1)..] : null;
        }
        else
        {
            BaseLocalPart = localPart;
        }
    }

    /// <summary><c>local@domain</c>, lower case.</summary>
    public string Address { get; }

    public string LocalPart { get; }

    public string Domain { get; }

    public string? DisplayName { get; }

    /// <summary>The local part without its plus tag: <c>support</c> for <c>support+abc@…</c>.</summary>
    public string BaseLocalPart { get; }

    /// <summary>The plus tag: <c>abc</c> for <c>support+abc@…</c>; null when there is none.</summary>
    public string? Tag { get; }

    /// <summary>The same mailbox without plus tag or display name.</summary>
    public EmailAddress WithoutTag() =>
        Tag is null && DisplayName is null && BaseLocalPart == LocalPart
            ? this
            : new EmailAddress(BaseLocalPart, Domain, null);

    public static EmailAddress Parse(string value) =>
        TryParse(value, out var address)
            ? address
            : throw new FormatException("The value is not a valid email address.");

    /// <summary>Parses <c>a@b.c</c>, <c>&lt;a@b.c&gt;</c> or <c>Name &lt;a@b.c&gt;</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out EmailAddress? address)
    {
        address = null;
        if (!EmailAddressSyntax.TrySplit(value, out var addrSpec, out var displayName)
            || !EmailAddressSyntax.TryNormalize(addrSpec, out var local, out var domain))
        {
            return false;
        }

        address = new EmailAddress(local, domain, displayName);
        return true;
    }

    public static bool IsValid([NotNullWhen(true)] string? value) => TryParse(value, out _);

    /// <summary>
    /// Parses an address-list header such as <c>To</c> or <c>Cc</c>; entries that are not valid
    /// addresses (groups, garbage) are skipped.
    /// </summary>
    public static IReadOnlyList<EmailAddress> ParseList(string? header)
    {
        var result = new List<EmailAddress>();
        foreach (var entry in EmailAddressSyntax.SplitList(header))
        {
            if (TryParse(entry, out var address))
            {
                result.Add(address);
            }
        }

        return result;
    }

    /// <summary><c>"Name" &lt;a@b.c&gt;</c> when there is a display name, otherwise the address.</summary>
    public string ToDisplayString() =>
        string.IsNullOrEmpty(DisplayName)
            ? Address
            : $"\"{DisplayName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{Address}>";

    public override string ToString() => Address;

    public bool Equals(EmailAddress? other) =>
        other is not null && string.Equals(Address, other.Address, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as EmailAddress);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Address);

    public static bool operator ==(EmailAddress? left, EmailAddress? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(EmailAddress? left, EmailAddress? right) => !(left == right);
}
