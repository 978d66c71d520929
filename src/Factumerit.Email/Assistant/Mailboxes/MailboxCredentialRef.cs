namespace Factumerit.Email.Assistant.Mailboxes;

public enum MailboxCredentialKind
{
    /// <summary>An OAuth client (id + secret) and the user's refresh token.</summary>
    RefreshToken,

    /// <summary>A Workspace service account with domain-wide delegation, acting as the mailbox.</summary>
    ServiceAccount,
}

/// <summary>
/// Where a mailbox's Google credential lives: the NAMES of the settings (environment variables or Key Vault
/// references, e.g. <c>Gmail__ClientSecret</c>) that hold the secrets, never the secrets themselves, so the
/// table can be read without exposing any.
/// </summary>
public sealed record MailboxCredentialRef
{
    public const string DefaultClientIdSetting = "Gmail__ClientId";
    public const string DefaultClientSecretSetting = "Gmail__ClientSecret";
    public const string DefaultServiceAccountSetting = "Gmail__ServiceAccountJson";

    public required MailboxCredentialKind Kind { get; init; }

    public string? ClientIdSetting { get; init; }

    public string? ClientSecretSetting { get; init; }

    public string? RefreshTokenSetting { get; init; }

    public string? ServiceAccountSetting { get; init; }

    public static MailboxCredentialRef ForRefreshToken(string refreshTokenSetting,
        string clientIdSetting = DefaultClientIdSetting, string clientSecretSetting = DefaultClientSecretSetting) => new()
    {
        Kind = MailboxCredentialKind.RefreshToken,
        ClientIdSetting = clientIdSetting,
        ClientSecretSetting = clientSecretSetting,
        RefreshTokenSetting = refreshTokenSetting,
    };

    public static MailboxCredentialRef ForServiceAccount(string serviceAccountSetting = DefaultServiceAccountSetting) => new()
    {
        Kind = MailboxCredentialKind.ServiceAccount,
        ServiceAccountSetting = serviceAccountSetting,
    };

    /// <summary>The setting names this credential needs, for validation and error messages.</summary>
    public IReadOnlyList<string> RequiredSettings => Kind == MailboxCredentialKind.RefreshToken
        ? [ClientIdSetting ?? "", ClientSecretSetting ?? "", RefreshTokenSetting ?? ""]
        : [ServiceAccountSetting ?? ""];

    /// <exception cref="ArgumentException">A setting name is missing or looks like a secret value rather than a name.</exception>
    public void Validate()
    {
        foreach (var name in RequiredSettings)
        {
            if (!SettingName.IsValid(name))
            {
                throw new ArgumentException(
                    $"'{SettingName.Describe(name)}' is not a setting name: use letters, digits, '_', ':' or '-' (e.g. Gmail__ClientSecret), never the secret itself.");
            }
        }
    }
}
