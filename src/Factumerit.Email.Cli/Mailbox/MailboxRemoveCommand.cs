using System.CommandLine;
using Factumerit.Email.Assistant.Mailboxes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Mailbox;

/// <summary><c>factumerit mailbox remove &lt;address&gt;</c>: stops the watch and forgets the mailbox. Gmail labels stay.</summary>
internal static class MailboxRemoveCommand
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var address = new Argument<string>("address") { Description = "The Gmail address." };
        var command = new Command("remove", "Disconnect a mailbox (its Gmail labels are left alone).") { address };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            await using var services = AssistantCliServices.Mailboxes(configuration());
            var removed = await services.GetRequiredService<MailboxConnector>().DisconnectAsync(parse.GetValue(address)!, cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(removed ? "Removed." : "No such mailbox is connected.");
            return removed ? ExitCodes.Success : ExitCodes.Invalid;
        }));
        return command;
    }
}
