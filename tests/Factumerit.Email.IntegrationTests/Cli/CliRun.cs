using System.CommandLine;
using Factumerit.Email.Cli;

namespace Factumerit.Email.IntegrationTests.Cli;

/// <summary>Runs the <c>factumerit</c> command tree in-process, capturing both output streams.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand()
            .Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
