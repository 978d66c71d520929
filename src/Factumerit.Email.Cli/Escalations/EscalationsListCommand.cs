using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Factumerit.Email.Cli.Escalations;

/// <summary><c>factumerit escalations list</c>: open escalations, oldest first.</summary>
internal static class EscalationsListCommand
{
    public static Command Create()
    {
        var storage = EscalationsCommands.StorageOption();
        var table = EscalationsCommands.TableOption();
        var command = new Command("list", "Show escalations nobody has picked up yet.") { storage, table };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (EscalationsCommands.OpenStore(parseResult, storage, table) is not { } store)
            {
                return ExitCodes.Invalid;
            }
            var view = new Table().AddColumns("Thread", "Route", "Reason", "Escalated (UTC)", "Reminded");
            var count = 0;
            await foreach (var escalation in store.ListOpenAsync(cancellationToken))
            {
                count++;
                view.AddRow(Markup.Escape(escalation.ThreadKey), Markup.Escape(escalation.RouteKey), escalation.ReasonCode,
                    escalation.EscalatedAt.ToString("u", CultureInfo.InvariantCulture), escalation.RemindedAt is null ? "no" : "yes");
            }
            var console = CliConsole.Create(parseResult.InvocationConfiguration.Output);
            console.Write(view);
            console.WriteLine($"{count} open escalation(s).", Style.Plain);
            return ExitCodes.Success;
        });
        return command;
    }
}
