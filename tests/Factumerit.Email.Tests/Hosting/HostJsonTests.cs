using System.Text.Json.Nodes;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.Tests.Hosting;

public sealed class HostJsonTests
{
    private static readonly JsonNode HostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "host.json")))!;

    [Fact]
    public void Custom_handler_points_at_the_functions_executable_and_proxies_http()
    {
        Assert.Equal("2.0", (string?)HostJson["version"]);
        Assert.Equal(typeof(HostingMode).Assembly.GetName().Name, (string?)HostJson["customHandler"]!["description"]!["defaultExecutablePath"]);
        Assert.True((bool?)HostJson["customHandler"]!["enableProxyingHttpRequest"]);
        Assert.Equal("api", (string?)HostJson["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void Queue_settings_match_what_the_app_relies_on()
    {
        var queues = HostJson["extensions"]!["queues"]!;
        Assert.Equal(5, (int?)queues["maxDequeueCount"]);
        Assert.Equal("base64", (string?)queues["messageEncoding"]);
        Assert.True(TimeSpan.TryParse((string?)queues["visibilityTimeout"], out _));
        Assert.StartsWith("[4.", (string?)HostJson["extensionBundle"]!["version"]);
    }
}
