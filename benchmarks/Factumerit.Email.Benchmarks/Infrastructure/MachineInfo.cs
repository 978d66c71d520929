using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Factumerit.Email.Benchmarks.Infrastructure;

/// <summary>What the numbers were measured on; Linux sources, with placeholders elsewhere.</summary>
internal sealed record MachineInfo(
    int Processors,
    string Cpu,
    string Memory,
    string OperatingSystem,
    string DotNet,
    string AzureCore,
    string Node,
    string Azurite,
    string DataTables,
    string StorageQueue,
    bool AzuriteStartedHere,
    string Date,
    string LoadAverageBefore,
    string LoadAverageAfter = "")
{
    public static async Task<MachineInfo> CollectAsync(string root, bool azuriteStartedHere) => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        FirstValue("/proc/meminfo", "MemTotal") is { } kb ? Gib(kb) : "unknown",
        (FirstValue("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription)
            + $" ({RuntimeInformation.OSArchitecture})",
        RuntimeInformation.FrameworkDescription,
        typeof(Azure.Core.HttpPipelinePosition).Assembly.GetName().Version?.ToString(3) ?? "unknown",
        await NodeVersionAsync(root),
        PackageVersion(root, "azurite"),
        PackageVersion(root, "@azure/data-tables"),
        PackageVersion(root, "@azure/storage-queue"),
        azuriteStartedHere,
        DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        LoadAverage());

    /// <summary>The 1, 5 and 15-minute load averages: how busy the shared machine was around the run.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? FirstValue(string path, string key, char separator = ':')
    {
        if (!File.Exists(path))
        {
            return null;
        }
        return File.ReadLines(path)
            .Select(line => line.Split(separator, 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == key)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    private static string Gib(string memTotal) =>
        long.TryParse(memTotal.Split(' ')[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib)
            ? (kib / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB"
            : memTotal;

    private static string PackageVersion(string root, string package)
    {
        var path = Path.Combine(root, "node_modules", package, "package.json");
        if (!File.Exists(path))
        {
            return "not installed";
        }
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "unknown" : "unknown";
    }

    private static async Task<string> NodeVersionAsync(string root)
    {
        using var process = Process.Start(new ProcessStartInfo("node", "--version")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start.");
        var version = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        return version;
    }
}
