namespace Factumerit.Email.Providers.Gmail.Mime;

/// <summary>The readable bodies of a message; <see cref="PlainText"/> falls back to the HTML rendered as text.</summary>
public sealed record MessageBodies(string? Text, string? Html)
{
    public string PlainText => Text ?? (Html is null ? "" : HtmlText.ToPlainText(Html));
}
