using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Gmail.Credentials;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Providers.Assistant;

/// <summary>
/// A <see cref="GmailClient"/> for a mailbox record, with the credential its settings name. The values are read from
/// configuration: environment variables, or Key Vault references (<c>@Microsoft.KeyVault(SecretUri=…)</c>) that the
/// Functions platform resolves into app settings. Secrets stay in memory, inside the Google credential.
/// </summary>
public sealed class MailboxGmailClients(GmailClientFactory clients, GmailCredentialFactory credentials, IConfiguration configuration)
{
    /// <exception cref="InvalidOperationException">A setting the credential names is not set.</exception>
    public GmailClient Create(Mailbox mailbox)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var reference = mailbox.Credential;
        reference.Validate();
        var credential = reference.Kind switch
        {
            MailboxCredentialKind.RefreshToken => credentials.FromRefreshToken(mailbox.Address,
                Secret(reference.ClientIdSetting!), Secret(reference.ClientSecretSetting!), Secret(reference.RefreshTokenSetting!)),
            MailboxCredentialKind.ServiceAccount => credentials.FromServiceAccountJson(mailbox.Address, Secret(reference.ServiceAccountSetting!)),
            _ => throw new InvalidOperationException($"Unknown credential kind {reference.Kind}."),
        };
        return clients.Create(credential);
    }

    private string Secret(string settingName)
    {
        var value = configuration[SettingName.ToConfigurationKey(settingName)] ?? configuration[settingName];
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"Setting '{settingName}' (named by the mailbox's credential) is not set.")
            : value;
    }
}
