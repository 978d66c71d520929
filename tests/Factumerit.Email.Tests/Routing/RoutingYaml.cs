using Factumerit.Email.Personas;
using Factumerit.Email.Routing;

namespace Factumerit.Email.Tests.Routing;

/// <summary>Loads routing YAML from a string, as <c>email_routing.yaml</c>.</summary>
internal static class RoutingYaml
{
    public const string Source = "email_routing.yaml";

    public static RoutingConfigResult Load(string yaml) =>
        RoutingConfigLoader.Load(new StringReader(yaml), Source, PersonaNames.All);

    public static RoutingTable Table(string yaml)
    {
        var result = Load(yaml);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Table;
    }

    /// <summary>The error texts, as the CLI prints them.</summary>
    public static string[] Errors(string yaml)
    {
        var result = Load(yaml);
        Assert.False(result.IsValid);
        Assert.Null(result.Table);
        return result.Errors.Select(e => e.ToString()).ToArray();
    }
}
