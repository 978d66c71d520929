using System.Diagnostics;
using System.Text;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>
/// Runs the built host as its own process until it exits, the way the Functions host starts it. Start-up failures
/// are tested this way: in-memory hosts report a failed start racily (sometimes as an ObjectDisposedException).
/// </summary>
internal static class HostProcess
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Factumerit.Email.Functions.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        // No file watchers: they use inotify instances, of which a test machine has few.
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host was still running after {Patience}; output:{Environment.NewLine}{output}");
        }
        process.WaitForExit(); // flushes the redirected streams
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
