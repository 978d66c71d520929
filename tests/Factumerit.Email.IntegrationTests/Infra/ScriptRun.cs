using System.Diagnostics;
using System.Text;

namespace Factumerit.Email.IntegrationTests.Infra;

/// <summary>Runs one of the repository's bash scripts to completion, with no standard input, as CI does.</summary>
internal sealed record ScriptRun(int ExitCode, string Output)
{
    public static async Task<ScriptRun> RunAsync(string workingDirectory, string script, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", script)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        process.StandardInput.Close();
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} ran longer than {timeout}. Output so far:\n{Snapshot(output)}");
        }
        process.WaitForExit(); // drains the redirected streams
        return new ScriptRun(process.ExitCode, Snapshot(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
