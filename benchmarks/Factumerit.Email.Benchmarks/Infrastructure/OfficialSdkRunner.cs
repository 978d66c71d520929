using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Factumerit.Email.Benchmarks.Storage;

namespace Factumerit.Email.Benchmarks.Infrastructure;

/// <summary>
/// Drives benchmarks/node/storage-bench.mjs (the official JS SDKs) in serve mode: one long-lived node process,
/// one JSON request line in and one JSON result line out per measurement. Keeping the process alive gives the
/// official SDK a warm JIT and warm connections, just like our client in this process.
/// </summary>
internal sealed class OfficialSdkRunner : IAsyncDisposable
{
    public const string ScriptPath = "benchmarks/node/storage-bench.mjs";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private OfficialSdkRunner(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public static async Task<OfficialSdkRunner> StartAsync(string root, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node", $"{ScriptPath} --serve")
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Passed by environment so the account key does not show in the process list; requests name their storage too.
        start.Environment["STORAGE_CONNECTION_STRING"] = connectionString;
        var runner = new OfficialSdkRunner(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        var ready = await runner.ReadLineAsync(cancellationToken);
        if (!ready.Contains("\"ready\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{ScriptPath} did not report ready: {ready}");
        }
        return runner;
    }

    public async Task<RoundResult> RunAsync(OfficialRequest request, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(request, Json);
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var answer = await ReadLineAsync(cancellationToken);
        var reply = JsonSerializer.Deserialize<Reply>(answer, Json)
            ?? throw new InvalidOperationException($"Unreadable reply from {ScriptPath}: {answer}");
        if (reply.Error is not null)
        {
            throw new InvalidOperationException($"The official SDK failed {request.Scenario}: {reply.Error}");
        }
        return new RoundResult(reply.Operations, reply.Items, reply.ElapsedMs, reply.LatenciesMs ?? []);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = await _process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            await _process.WaitForExitAsync(cancellationToken);
            string errors;
            lock (_stderr)
            {
                errors = _stderr.ToString();
            }
            throw new InvalidOperationException($"{ScriptPath} exited with code {_process.ExitCode}: {errors}");
        }
        return line;
    }

    /// <param name="Connection">The storage this measurement runs against; it changes when a scenario moves to a fresh emulator.</param>
    public sealed record OfficialRequest(string Scenario, string Connection, string Resource, int Iterations, int Concurrency);

    private sealed record Reply(int Operations, long Items, double ElapsedMs, double[]? LatenciesMs, string? Error);
}
