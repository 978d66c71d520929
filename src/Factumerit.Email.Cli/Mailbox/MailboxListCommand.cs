using System.CommandLine;
using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Mailbox;

/// <summary><c>factumerit mailbox list</c>: the connected mailboxes and their sync state (setting names, never secrets).</summary>
internal static class MailboxListCommand
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var command = new Command("list", "List connected mailboxes.");
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            await using var services = AssistantCliServices.Mailboxes(configuration());
            var mailboxes = await services.GetRequiredService<IMailboxStore>().ListAsync(cancellationToken);
            var console = CliConsole.Create(parse.InvocationConfiguration.Output);
            if (mailboxes.Count == 0)
            {
                console.WriteLine("No mailboxes are connected.");
                return ExitCodes.Success;
            }
            // Addresses and setting names are copied from here into other commands, so they never wrap.
            var table = new Table()
                .AddColumns(new TableColumn("mailbox").NoWrap(), new TableColumn("credential").NoWrap())
                .AddColumns("history", "watch until", "last sync", "language", "triage", "blacklist");
            foreach (var m in mailboxes.OrderBy(m => m.Address, StringComparer.Ordinal))
            {
                var credential = m.Credential.Kind == MailboxCredentialKind.RefreshToken
                    ? $"refresh token ({m.Credential.RefreshTokenSetting})"
                    : $"service account ({m.Credential.ServiceAccountSetting})";
                table.AddRow(Markup.Escape(m.Address), Markup.Escape(credential), m.HistoryId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                    m.WatchExpiresAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                    m.LastSyncAt?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(m.Settings.DefaultLanguage), m.Settings.TriageEnabled ? "on" : "off", m.Settings.Blacklist.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }
}
