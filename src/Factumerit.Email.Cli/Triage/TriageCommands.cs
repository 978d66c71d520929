using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.Cli.Triage;

/// <summary><c>factumerit triage …</c>: topic triage's operator commands, each in its own file.</summary>
internal static class TriageCommands
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var triage = new Command("triage", "Topic triage of connected Gmail mailboxes.");
        triage.Add(TriageOrganizeCommand.Create(configuration));
        return triage;
    }
}
