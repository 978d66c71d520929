using System.Globalization;
using System.Text;

namespace Factumerit.Email.Providers.Gmail.Http;

/// <summary>A query string; repeated parameters (labelIds, metadataHeaders, historyTypes) are sent once per value.</summary>
internal sealed class GmailQuery
{
    private readonly StringBuilder _builder = new();

    public GmailQuery Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        _builder.Append(_builder.Length == 0 ? '?' : '&')
            .Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public GmailQuery Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public GmailQuery AddEach(string name, IEnumerable<string>? values)
    {
        foreach (var value in values ?? [])
        {
            Add(name, value);
        }
        return this;
    }

    public override string ToString() => _builder.ToString();
}
