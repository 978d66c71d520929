using Factumerit.Email.Personas;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Cli.Routes;

/// <summary>Loads a routing file for a command, printing problems the way compilers do.</summary>
internal static class RoutingFile
{
    /// <summary>The result, or null after reporting a missing file on <paramref name="error"/>.</summary>
    public static RoutingConfigResult? Load(FileInfo file, string shownPath, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"{shownPath}: file not found");
            return null;
        }

        using var reader = file.OpenText();
        return RoutingConfigLoader.Load(reader, shownPath, PersonaNames.All, file.DirectoryName);
    }

    public static void WriteErrors(RoutingConfigResult result, TextWriter output)
    {
        foreach (var error in result.Errors)
        {
            output.WriteLine(error.ToString());
        }

        output.WriteLine($"{result.Errors.Count} error(s) in {result.Source}");
    }
}
