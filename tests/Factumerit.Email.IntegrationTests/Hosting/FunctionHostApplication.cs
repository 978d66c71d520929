using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.IntegrationTests.Inbound;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.IntegrationTests.Hosting;

/// <summary>
/// The real host (Program.cs) in memory, with test functions registered beside the production ones. Custom-handler
/// mode unless told otherwise. The factory is keyed by a type of the Functions assembly because <c>Program</c> is
/// ambiguous here: the CLI's top-level Program is visible too, through InternalsVisibleTo.
/// </summary>
internal sealed class FunctionHostApplication(
    string storage,
    bool customHandler = true,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<HostingMode>
{
    public InvocationRecorder Recorder { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureWebJobsStorage", storage);
        builder.UseSetting("Routing:File", TestRouting.WithoutPersonas);
        if (customHandler)
        {
            builder.UseSetting(HostingMode.PortSetting, "7071");
        }
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton(Recorder);
            s.AddQueueFunction<RecordingQueueFunction>("test-queue", "test-items");
            s.AddQueueFunction<ThrowingQueueFunction>("test-throws", "test-broken");
            s.AddTimerFunction<RecordingTimerFunction>("test-timer", "0 0 * * * *");
            services?.Invoke(s);
        });
    }
}
