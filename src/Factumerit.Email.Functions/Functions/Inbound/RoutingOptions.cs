namespace Factumerit.Email.Functions.Functions.Inbound;

/// <summary>Settings of section <c>Routing</c> (environment variable <c>Routing__File</c>).</summary>
public sealed class RoutingOptions
{
    public const string SectionName = "Routing";
    public const string DefaultFile = "config/email_routing.yaml";

    /// <summary>
    /// The routing YAML. A relative path is looked up under the content root, then under each folder above it, so
    /// the repository's <c>config/</c> is found from <c>dotnet run</c> and from test output folders alike.
    /// </summary>
    public string File { get; set; } = DefaultFile;
}
