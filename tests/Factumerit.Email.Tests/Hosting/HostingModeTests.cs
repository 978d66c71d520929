using Factumerit.Email.Functions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Factumerit.Email.Tests.Hosting;

public sealed class HostingModeTests
{
    private static HostingMode From(string? port) =>
        HostingMode.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [HostingMode.PortSetting] = port }).Build());

    [Fact]
    public void Without_the_port_setting_the_app_runs_standalone()
    {
        Assert.Same(HostingMode.Standalone, From(null));
        Assert.Same(HostingMode.Standalone, From(" "));
        Assert.True(HostingMode.Standalone.RunsStandaloneTriggers);
    }

    [Fact]
    public void With_the_port_setting_the_app_is_a_custom_handler()
    {
        var mode = From("7071");
        Assert.True(mode.IsCustomHandler);
        Assert.Equal(7071, mode.CustomHandlerPort);
        Assert.False(mode.RunsStandaloneTriggers);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("80.5")]
    public void A_bad_port_names_the_setting(string value)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => From(value));
        Assert.Contains(HostingMode.PortSetting, ex.Message);
    }

    [Fact]
    public async Task Standalone_services_start_only_in_standalone_mode()
    {
        var underFunctionsHost = new RecordingService();
        var standalone = new RecordingService();

        await new StandaloneHostedService<RecordingService>(HostingMode.CustomHandler(7071), Provider(underFunctionsHost)).StartAsync(default);
        var gate = new StandaloneHostedService<RecordingService>(HostingMode.Standalone, Provider(standalone));
        await gate.StartAsync(default);
        await gate.StopAsync(default);

        Assert.Equal(0, underFunctionsHost.Starts);
        Assert.Equal(1, standalone.Starts);
        Assert.Equal(1, standalone.Stops);
    }

    private static IServiceProvider Provider(RecordingService service) =>
        new ServiceCollection()
            .AddSingleton(service)
            .BuildServiceProvider();

    private sealed class RecordingService : IHostedService
    {
        public int Starts { get; private set; }
        public int Stops { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Starts++;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Stops++;
            return Task.CompletedTask;
        }
    }
}
