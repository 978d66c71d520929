using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Factumerit.Email.Benchmarks.Webhooks;

/// <summary>
/// The host under test as a child process (<c>dotnet</c> running this program in <see cref="HostChild.Command"/> mode),
/// so its CPU, thread pool and GC are its own and the load generator's are not counted against it.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TaskCompletionSource<string>? _pending;
    private bool _disposed;

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="listeners">
    /// False starts the host in custom-handler mode, as the Functions host runs it: the same HTTP endpoints, and no
    /// queue listeners or timers of its own.
    /// </param>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, bool listeners,
        CancellationToken cancellationToken)
    {
        var port = FreePort();
        var self = typeof(HostProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(self)!,
        };
        start.ArgumentList.Add(self);
        start.ArgumentList.Add(HostChild.Command);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        if (listeners)
        {
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = "";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        }
        else
        {
            // The host binds this port itself on loopback; ASPNETCORE_URLS too would only earn an override warning.
            start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment.Remove("ASPNETCORE_URLS");
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("[host] " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilHealthyAsync(cancellationToken);
        return host;
    }

    /// <summary>The child's counters so far: <c>tx|{stage}|{service.operation}</c> and <c>runs|{span}|{outcome}</c>.</summary>
    public async Task<IReadOnlyDictionary<string, long>> SnapshotAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _pending = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            await _process.StandardInput.WriteLineAsync("snapshot");
            await _process.StandardInput.FlushAsync(cancellationToken);
            var json = await _pending.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return JsonSerializer.Deserialize<Dictionary<string, long>>(json) ?? [];
        }
        finally
        {
            _gate.Release();
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }
        if (line.StartsWith(HostChild.Prefix, StringComparison.Ordinal))
        {
            _pending?.TrySetResult(line[HostChild.Prefix.Length..]);
        }
        else if (line.Length > 0)
        {
            Console.Error.WriteLine("[host] " + line);
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before answering /api/health.");
            }
            try
            {
                using var response = await http.GetAsync("api/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException("The host did not answer /api/health within 120 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.StandardInput.Close(); // the child exits when its stdin closes
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
        _gate.Dispose();
    }
}
