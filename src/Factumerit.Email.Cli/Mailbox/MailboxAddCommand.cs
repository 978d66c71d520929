using System.CommandLine;
using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Mailbox;

/// <summary>
/// <c>factumerit mailbox add &lt;address&gt;</c>: creates the AI labels, reads the history id, starts the watch and
/// stores the mailbox. The credential is given as the NAMES of settings that hold the secrets.
/// </summary>
internal static class MailboxAddCommand
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var address = new Argument<string>("address") { Description = "The Gmail address." };
        var refreshToken = new Option<string?>("--refresh-token-setting") { Description = "Setting holding the user's OAuth refresh token, e.g. Mailboxes__alice__RefreshToken." };
        var clientId = new Option<string>("--client-id-setting") { Description = "Setting holding the OAuth client id.", DefaultValueFactory = _ => MailboxCredentialRef.DefaultClientIdSetting };
        var clientSecret = new Option<string>("--client-secret-setting") { Description = "Setting holding the OAuth client secret.", DefaultValueFactory = _ => MailboxCredentialRef.DefaultClientSecretSetting };
        var serviceAccount = new Option<string?>("--service-account-setting") { Description = "Setting holding a service-account JSON key with domain-wide delegation (instead of a refresh token)." };
        var language = new Option<string>("--language") { Description = "Default reply language.", DefaultValueFactory = _ => MailboxSettings.FallbackLanguage };
        var triage = new Option<bool>("--triage") { Description = "Turn topic triage on (automated mail then goes to the LLM too)." };
        var recruiting = new Option<bool>("--recruiting") { Description = "Turn the recruiting module on (stage signals and leads)." };
        var blacklist = new Option<string[]>("--blacklist") { Description = "Sender glob treated as automated; repeatable.", AllowMultipleArgumentsPerToken = true };
        var styles = new Option<string[]>("--style") { Description = "address=style override; repeatable." };
        var domainStyles = new Option<string[]>("--domain-style") { Description = "domain-glob=style override; repeatable." };
        var languages = new Option<string[]>("--language-override") { Description = "address-or-domain-glob=language override; repeatable." };
        var command = new Command("add", "Connect a Gmail mailbox (or update one already connected).")
        {
            address, refreshToken, clientId, clientSecret, serviceAccount, language, triage, recruiting, blacklist, styles, domainStyles, languages,
        };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var credential = parse.GetValue(serviceAccount) is { } sa
                ? MailboxCredentialRef.ForServiceAccount(sa)
                : MailboxCredentialRef.ForRefreshToken(
                    parse.GetValue(refreshToken) ?? throw new ArgumentException("Give --refresh-token-setting or --service-account-setting."),
                    parse.GetValue(clientId)!, parse.GetValue(clientSecret)!);
            var settings = new MailboxSettings
            {
                DefaultLanguage = parse.GetValue(language)!,
                TriageEnabled = parse.GetValue(triage),
                RecruitingEnabled = parse.GetValue(recruiting),
                Blacklist = parse.GetValue(blacklist) ?? [],
                StyleOverrides = KeyValueOption.Parse(parse.GetValue(styles), "--style"),
                DomainOverrides = KeyValueOption.Parse(parse.GetValue(domainStyles), "--domain-style"),
                LanguageOverrides = KeyValueOption.Parse(parse.GetValue(languages), "--language-override"),
            };
            await using var services = AssistantCliServices.Mailboxes(configuration());
            var connector = services.GetRequiredService<MailboxConnector>();
            var mailbox = await connector.ConnectAsync(new MailboxRegistration(parse.GetValue(address)!, credential, settings), cancellationToken);
            await output.WriteLineAsync($"Connected {mailbox.Address}: {mailbox.LabelIds.Count} labels, history {mailbox.HistoryId}, " +
                (mailbox.WatchExpiresAt is { } until ? $"watched until {until:u}." : "not watched (no Gmail__PushTopic); polled every 5 minutes."));
            return ExitCodes.Success;
        }));
        return command;
    }
}
