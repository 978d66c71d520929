using System.CommandLine;
using Factumerit.Email.Cli.Events;
using Factumerit.Email.Cli.Outbox;
using Factumerit.Email.Cli.Routes;
using Factumerit.Email.Cli.Samples;
using Factumerit.Email.Cli.Users;

namespace Factumerit.Email.Cli;

/// <summary>The <c>factumerit</c> command tree; each command group lives in its own folder.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("Factumerit.Email operator CLI.");
        root.Add(RoutesCommands.Create());
        root.Add(UsersCommands.Create());
        root.Add(EventsCommands.Create());
        root.Add(OutboxCommands.Create());
        root.Add(SamplesCommands.Create());
        return root;
    }
}
