using System.CommandLine;
using Factumerit.Email.Cli.Escalations;
using Factumerit.Email.Cli.Routes;

namespace Factumerit.Email.Cli;

/// <summary>The <c>factumerit</c> command tree; each command group lives in its own folder.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Factumerit.Email operator CLI.");
        root.Add(RoutesCommands.Create());
        root.Add(EscalationsCommands.Create());
        return root;
    }
}
