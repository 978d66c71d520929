using System.CommandLine;
using Factumerit.Email.Cli.Classify;
using Factumerit.Email.Cli.Escalations;
using Factumerit.Email.Cli.Eval;
using Factumerit.Email.Cli.Events;
using Factumerit.Email.Cli.Mailbox;
using Factumerit.Email.Cli.Outbox;
using Factumerit.Email.Cli.Recruiting;
using Factumerit.Email.Cli.Routes;
using Factumerit.Email.Cli.Samples;
using Factumerit.Email.Cli.Triage;
using Factumerit.Email.Cli.Users;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Cli;

/// <summary>The <c>factumerit</c> command tree; each command group lives in its own folder.</summary>
internal static class CliApplication
{
    public static RootCommand CreateRootCommand() =>
        CreateRootCommand(() => new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <param name="configuration">Settings for the commands that reach storage, Gmail or the LLM (read when they run).</param>
    public static RootCommand CreateRootCommand(Func<IConfiguration> configuration)
    {
        var root = new RootCommand("Factumerit.Email operator CLI.");
        root.Add(RoutesCommands.Create());
        root.Add(MailboxCommands.Create(configuration));
        root.Add(EvalCommand.Create(configuration));
        root.Add(ClassifyCommand.Create(configuration));
        root.Add(UsersCommands.Create());
        root.Add(EventsCommands.Create());
        root.Add(OutboxCommands.Create());
        root.Add(SamplesCommands.Create());
        root.Add(RecruitingCommands.Create(configuration));
        root.Add(EscalationsCommands.Create());
        root.Add(TriageCommands.Create(configuration));
        return root;
    }
}
