using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Cli.Mailbox;

/// <summary><c>factumerit mailbox add|list|remove</c>: connect Gmail mailboxes to the assistant.</summary>
internal static class MailboxCommands
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var mailbox = new Command("mailbox", "Connect, list and remove the Gmail mailboxes the assistant works on.");
        mailbox.Add(MailboxAddCommand.Create(configuration));
        mailbox.Add(MailboxListCommand.Create(configuration));
        mailbox.Add(MailboxRemoveCommand.Create(configuration));
        return mailbox;
    }

    /// <summary>Setting and storage problems are the operator's to fix: print them, do not stack-trace.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is Microsoft.Extensions.Options.OptionsValidationException or InvalidOperationException
            or ArgumentException or FormatException or Azure.RequestFailedException or HttpRequestException)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return ExitCodes.Invalid;
        }
    }
}
