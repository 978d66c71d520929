using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using Factumerit.Email.Functions.Health;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.IntegrationTests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class HealthEndpointTests(AzuriteFixture azurite)
{
    private static readonly string ExpectedVersion = typeof(IStorageProbe).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public async Task Reachable_storage_is_healthy_and_reports_the_build_version()
    {
        await using var app = new FunctionHostApplication(azurite.ConnectionString, customHandler: false);

        using var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Equal(ExpectedVersion, report.GetProperty("version").GetString());
        Assert.StartsWith("0.1.0", ExpectedVersion);
        Assert.Equal("reachable", report.GetProperty("storage").GetProperty("tables").GetString());
        Assert.Equal("reachable", report.GetProperty("storage").GetProperty("queues").GetString());
    }

    [Fact]
    public async Task Probe_requests_are_accepted_by_storage_as_authenticated()
    {
        await using var app = new FunctionHostApplication(azurite.ConnectionString);
        using var scope = app.Services.CreateScope();

        var result = await scope.ServiceProvider.GetRequiredService<IStorageProbe>().ProbeAsync();

        Assert.Equal(new ServiceProbe(true, 200), result.Tables);
        Assert.Equal(new ServiceProbe(true, 200), result.Queues);
    }

    [Fact]
    public async Task Storage_on_a_closed_port_is_unhealthy_with_503()
    {
        var port = ClosedPort();
        var storage = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{port}/{AzuriteFixture.AccountName};QueueEndpoint=http://127.0.0.1:{port}/{AzuriteFixture.AccountName}";
        await using var app = new FunctionHostApplication(storage, customHandler: false);

        using var response = await app.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", report.GetProperty("status").GetString());
        Assert.Equal(ExpectedVersion, report.GetProperty("version").GetString());
        Assert.Equal("unreachable", report.GetProperty("storage").GetProperty("tables").GetString());
        Assert.Equal("unreachable", report.GetProperty("storage").GetProperty("queues").GetString());
    }

    [Fact]
    public void A_malformed_storage_setting_fails_start_up_naming_it()
    {
        using var app = new FunctionHostApplication("AccountName=acct;AccountKey=not-base64!");

        var ex = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("'AzureWebJobsStorage'", ex.Message);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
