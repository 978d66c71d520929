using Factumerit.Email.Mail;

namespace Factumerit.Email.Routing.Loading;

/// <summary>Parses route keys: <c>support</c>, <c>billing@factumerit.app</c>, <c>@factumerit.app</c>.</summary>
internal static class RouteKeys
{
    public static bool TryParse(string raw, out RouteScope scope, out string key, out string error)
    {
        var text = raw.Trim().ToLowerInvariant();
        scope = RouteScope.LocalPart;
        key = text;
        error = string.Empty;

        if (text.StartsWith('@'))
        {
            scope = RouteScope.Domain;
            if (EmailAddressSyntax.TryNormalizeDomain(text[1..], out var domain))
            {
                key = "@" + domain;
                return true;
            }

            error = $"route key '{raw}' is not a valid '@domain' catch-all";
            return false;
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            scope = RouteScope.Address;
            if (!text.Contains('<', StringComparison.Ordinal) && EmailAddress.TryParse(text, out var address))
            {
                key = address.Address;
                return NoTag(raw, address.Tag is null && address.BaseLocalPart == address.LocalPart, out error);
            }

            error = $"route key '{raw}' is not a valid email address";
            return false;
        }

        if (text == "*")
        {
            error = "route key '*' is not supported; write '@your.domain' for a catch-all";
            return false;
        }

        if (!EmailAddressSyntax.IsValidLocalPart(text))
        {
            error = $"route key '{raw}' is not a valid local part, address or '@domain'";
            return false;
        }

        return NoTag(raw, text.IndexOf('+', 1) < 0, out error);
    }

    // Plus tags are stripped before matching, so a tagged key could never match.
    private static bool NoTag(string raw, bool untagged, out string error)
    {
        error = untagged ? string.Empty : $"route key '{raw}' has a plus tag; tags are ignored when matching, so route the base name";
        return untagged;
    }
}
