using System.CommandLine;
using Factumerit.Email.Mail;

namespace Factumerit.Email.Cli.Routes;

/// <summary>
/// <c>factumerit routes resolve &lt;file&gt; &lt;address&gt;</c>: which route a recipient would take.
/// Exit 0 when a route matches, 1 when none does or the input is invalid, 2 when the file is missing.
/// </summary>
internal static class RoutesResolveCommand
{
    public static Command Create()
    {
        var file = RoutesCommands.FileArgument();
        var address = new Argument<string>("address") { Description = "Recipient address, e.g. support+billing@factumerit.app." };
        var command = new Command("resolve", "Show which route a recipient address takes.") { file, address };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            var shown = parseResult.GetResult(file)?.Tokens.FirstOrDefault()?.Value ?? path.FullName;
            if (RoutingFile.Load(path, shown, error) is not { } result)
            {
                return ExitCodes.FileMissing;
            }

            if (!result.IsValid)
            {
                RoutingFile.WriteErrors(result, output);
                return ExitCodes.Invalid;
            }

            if (!EmailAddress.TryParse(parseResult.GetValue(address), out var recipient))
            {
                error.WriteLine("address: not a valid email address");
                return ExitCodes.Invalid;
            }

            if (result.Table.Resolve(recipient) is not { } route)
            {
                output.WriteLine($"{recipient.Address}: no route (the message would be dropped)");
                return ExitCodes.Invalid;
            }

            var target = route.Handler ?? route.ForwardTo?.Address ?? "-";
            output.WriteLine($"{recipient.Address}: route '{route.Key}' ({route.Scope}), action {route.ActionName}, {target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
