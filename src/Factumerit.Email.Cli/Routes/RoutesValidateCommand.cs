using System.CommandLine;
using Spectre.Console;

namespace Factumerit.Email.Cli.Routes;

/// <summary>
/// <c>factumerit routes validate &lt;file&gt;</c>: every error as <c>file:line:col: message</c>;
/// exit 0 when valid (with a table of the routes), 1 when invalid, 2 when the file is missing.
/// </summary>
internal static class RoutesValidateCommand
{
    public static Command Create()
    {
        var file = RoutesCommands.FileArgument();
        var command = new Command("validate", "Check a routing file and list its routes.") { file };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(file)!;
            var shown = parseResult.GetResult(file)?.Tokens.FirstOrDefault()?.Value ?? path.FullName;
            if (RoutingFile.Load(path, shown, parseResult.InvocationConfiguration.Error) is not { } result)
            {
                return ExitCodes.FileMissing;
            }

            if (!result.IsValid)
            {
                RoutingFile.WriteErrors(result, output);
                return ExitCodes.Invalid;
            }

            var console = CliConsole.Create(output);
            console.Write(RouteTableView.Render(result.Table));
            console.WriteLine($"{result.Table.Routes.Count} route(s) in {shown} are valid.", Style.Plain);
            return ExitCodes.Success;
        });
        return command;
    }
}
