using Factumerit.Email.Functions.Functions.Inbound;
using Factumerit.Email.Personas;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>The host refuses to start on a routing file it cannot serve, and says why.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_up_fails_naming_a_handler_name_the_routing_file_invents()
    {
        var routing = TestRouting.Write("""
            domains: [factumerit.test]
            routes:
              billing:
                action: ai
                handler: billing
            """);

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Routing__File"] = routing });

        Assert.NotEqual(0, exitCode);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(routing)}:\d+:\d+: .*'billing'", output);
    }

    [Fact]
    public void Start_up_validation_names_a_handler_the_routing_file_uses_but_nothing_registers()
    {
        var routing = TestRouting.Write("""
            domains: [factumerit.test]
            routes:
              support: { action: ai, handler: support }
              digest: { action: ai, handler: digest }
            """);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Routing:File"] = routing })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new Environment(AppContext.BaseDirectory))
            .AddLogging();
        services.AddEmailStorage(configuration).AddResend(configuration).AddPersonaPipeline();
        services.AddKeyedScoped<IEmailHandler, ScriptedHandler>(PersonaNames.Support);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("route 'digest' uses handler 'digest', but no IEmailHandler is registered", error.Message);
        Assert.DoesNotContain("handler 'support'", error.Message);
    }

    [Fact]
    public async Task Start_up_fails_with_the_line_and_column_of_invalid_routing_yaml()
    {
        var routing = TestRouting.Write("routes:\n  support:\n    action: [ai\n");

        var (exitCode, output) = await HostProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Routing__File"] = routing });

        Assert.NotEqual(0, exitCode);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(routing)}:\d+:\d+: invalid YAML", output);
    }

    [Fact]
    public async Task Start_up_fails_naming_a_routing_file_that_does_not_exist()
    {
        var (exitCode, output) = await HostProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["Routing__File"] = "config/no-such-routing.yaml" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Routing:File 'config/no-such-routing.yaml' was not found", output);
    }

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Factumerit.Email.Functions";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
