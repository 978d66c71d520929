using System.CommandLine;

namespace Factumerit.Email.Cli.Routes;

/// <summary><c>factumerit routes …</c>: check and inspect <c>email_routing.yaml</c>.</summary>
internal static class RoutesCommands
{
    public static Command Create()
    {
        var routes = new Command("routes", "Check and inspect the persona routing file (email_routing.yaml).");
        routes.Add(RoutesValidateCommand.Create());
        routes.Add(RoutesResolveCommand.Create());
        return routes;
    }

    /// <summary>The routing-file argument shared by the subcommands.</summary>
    public static Argument<FileInfo> FileArgument() =>
        new("file") { Description = "Path of the routing YAML, e.g. config/email_routing.yaml." };
}
