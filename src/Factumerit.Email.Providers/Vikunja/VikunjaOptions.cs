using System.ComponentModel.DataAnnotations;

namespace Factumerit.Email.Providers.Vikunja;

/// <summary>
/// Section <c>Vikunja</c>. With a <see cref="BaseUrl"/>, eis keeps tasks in that Vikunja project instead of the
/// built-in table. The project is shared: every registered eis user sees and changes the same list, so set it only
/// for a single user or a team that shares one list.
/// </summary>
public sealed class VikunjaOptions : IValidatableObject
{
    public const string SectionName = "Vikunja";

    /// <summary>The instance, e.g. <c>https://tasks.example.com</c>; <c>/api/v1</c> is added when missing.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>An API token with task read/write rights, sent as <c>Authorization: Bearer</c>.</summary>
    public string? ApiToken { get; set; }

    /// <summary>The project eis lists and adds tasks in.</summary>
    public long ProjectId { get; set; }

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 15;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(BaseUrl);

    /// <summary>The API root, ending in <c>/api/v1/</c>.</summary>
    public Uri ApiRoot()
    {
        var text = BaseUrl!.Trim().TrimEnd('/');
        if (!text.EndsWith("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            text += "/api/v1";
        }
        return new Uri(text + "/", UriKind.Absolute);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }
        if (!Uri.TryCreate(BaseUrl!.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Vikunja:BaseUrl must be an absolute http(s) URL.", [nameof(BaseUrl)]);
        }
        if (string.IsNullOrWhiteSpace(ApiToken))
        {
            yield return new ValidationResult("Vikunja:ApiToken is required when Vikunja:BaseUrl is set.", [nameof(ApiToken)]);
        }
        if (ProjectId <= 0)
        {
            yield return new ValidationResult("Vikunja:ProjectId must be a positive project id when Vikunja:BaseUrl is set.", [nameof(ProjectId)]);
        }
    }
}
