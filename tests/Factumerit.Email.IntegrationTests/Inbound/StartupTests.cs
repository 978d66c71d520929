using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Inbound;

[Collection(AzuriteCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public void Start_up_fails_naming_a_handler_the_routing_file_uses_but_nothing_registers()
    {
        var routing = TestRouting.Write("""
            domains: [factumerit.test]
            routes:
              support:
                action: ai
                handler: support
              digest:
                action: ai
                handler: digest
            """);
        using var host = new PersonaHost(azurite, null, routing);

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("handler 'digest'", error.Message);
        Assert.DoesNotContain("handler 'support'", error.Message);
    }

    [Fact]
    public void Start_up_fails_with_the_line_and_column_of_invalid_routing_yaml()
    {
        var routing = TestRouting.Write("routes:\n  support:\n    action: [ai\n");
        using var host = new PersonaHost(azurite, null, routing);

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(routing)}:\d+:\d+: invalid YAML", error.Message);
    }

    [Fact]
    public void Start_up_fails_naming_a_routing_file_that_does_not_exist()
    {
        using var host = new PersonaHost(azurite, null, "config/no-such-routing.yaml");

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("Routing:File 'config/no-such-routing.yaml' was not found", error.Message);
    }
}
