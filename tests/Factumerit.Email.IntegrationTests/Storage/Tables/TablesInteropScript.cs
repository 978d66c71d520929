using System.Diagnostics;
using System.Text.Json;
using Factumerit.Email.IntegrationTests.Infrastructure;

namespace Factumerit.Email.IntegrationTests.Storage.Tables;

/// <summary>Runs Interop/tables-interop.mjs, which uses the official @azure/data-tables SDK, and returns its JSON output.</summary>
internal static class TablesInteropScript
{
    private const string Script = "tests/Factumerit.Email.IntegrationTests/Interop/tables-interop.mjs";

    public sealed record TypedValue(string Type, string Value);

    public sealed record ReadResult(string PartitionKey, string RowKey, Dictionary<string, TypedValue> Properties);

    public static async Task<ReadResult> ReadAsync(string connectionString, string table, string partitionKey, string rowKey)
    {
        var output = await RunAsync(connectionString, null, "read", table, partitionKey, rowKey);
        return JsonSerializer.Deserialize<ReadResult>(output, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The interop script printed nothing.");
    }

    public static Task WriteAsync(string connectionString, string table, string partitionKey, string rowKey,
        IReadOnlyDictionary<string, TypedValue> properties) =>
        RunAsync(connectionString, JsonSerializer.Serialize(properties, JsonSerializerOptions.Web), "write", table, partitionKey, rowKey);

    private static async Task<string> RunAsync(string connectionString, string? entityJson, params string[] arguments)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, Script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["TABLES_CONNECTION_STRING"] = connectionString;
        if (entityJson is not null)
        {
            start.Environment["TABLES_ENTITY_JSON"] = entityJson;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tables-interop.mjs {arguments[0]} exited with {process.ExitCode}: {await stderr}");
        }
        return await stdout;
    }
}
