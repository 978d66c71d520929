using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Factumerit.Email.Functions.Hosting;

namespace Factumerit.Email.IntegrationTests.Hosting;

/// <summary>Starts the built app the way the Functions host does: a process with FUNCTIONS_CUSTOMHANDLER_PORT set.</summary>
public sealed class CustomHandlerProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Listens_on_loopback_at_the_given_port_and_answers_readiness_and_invocations()
    {
        var port = FreePort();
        using var app = Start(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            using var ready = await WaitForReadinessAsync(http, app.Process);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

            // Only custom-handler mode serves POST /{FunctionName}; an unknown name proves the route is there.
            using var invoke = await http.PostAsync("/not-registered", new StringContent("""{"Data":{}}""", Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, invoke.StatusCode);
            Assert.Contains("not-registered", await invoke.Content.ReadAsStringAsync());
        }
        finally
        {
            app.Process.Kill(entireProcessTree: true);
            await app.Process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_bad_port_setting_fails_start_up_naming_the_setting()
    {
        using var app = Start("not-a-port");

        using var timeout = new CancellationTokenSource(Patience);
        await app.Process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, app.Process.ExitCode);
        Assert.Contains(HostingMode.PortSetting, app.Output());
        Assert.Contains("not-a-port", app.Output());
    }

    private static RunningApp Start(string port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Factumerit.Email.Functions.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        start.Environment[HostingMode.PortSetting] = port;
        start.Environment["Routing__File"] = Inbound.TestRouting.WithoutPersonas;
        start.Environment["ASPNETCORE_URLS"] = null;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return new RunningApp(Process.Start(start) ?? throw new InvalidOperationException("The app did not start."));
    }

    private static async Task<HttpResponseMessage> WaitForReadinessAsync(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            Assert.False(process.HasExited, "The app exited before answering GET /.");
            try
            {
                return await http.GetAsync("/");
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RunningApp : IDisposable
    {
        private readonly StringBuilder _output = new();

        public RunningApp(Process process)
        {
            Process = process;
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public string Output()
        {
            Process.WaitForExit(); // flushes the redirected streams once the process has ended
            lock (_output)
            {
                return _output.ToString();
            }
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        public void Dispose() => Process.Dispose();
    }
}
