using System.Text;
using System.Text.Json;
using Factumerit.Email.Functions.Hosting.CustomHandler;

namespace Factumerit.Email.Functions.Hosting.FunctionJson;

/// <summary>
/// Renders <c>functions/{Name}/function.json</c> from the registry, so the Functions host sees exactly the
/// triggers the standalone mode runs.
/// </summary>
public static class FunctionJsonGenerator
{
    public const string FileName = "function.json";

    /// <summary>Function name to file text (2-space indented, LF, trailing newline), in name order.</summary>
    public static IReadOnlyDictionary<string, string> Render(FunctionRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.All
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(f => f.Name, Render, StringComparer.Ordinal);
    }

    public static string Render(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartArray("bindings");
            WriteBindings(json, function);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes one folder per function under <paramref name="directory"/> and removes folders of functions that no
    /// longer exist (only folders holding nothing but a function.json).
    /// </summary>
    public static IReadOnlyList<string> Write(FunctionRegistry registry, string directory)
    {
        var files = Render(registry);
        Directory.CreateDirectory(directory);
        foreach (var stale in Directory.GetDirectories(directory)
                     .Where(d => !files.ContainsKey(Path.GetFileName(d)))
                     .Where(d => Directory.GetFileSystemEntries(d).Select(Path.GetFileName).SequenceEqual([FileName])))
        {
            Directory.Delete(stale, recursive: true);
        }
        foreach (var (name, text) in files)
        {
            Directory.CreateDirectory(Path.Combine(directory, name));
            File.WriteAllText(Path.Combine(directory, name, FileName), text, new UTF8Encoding(false));
        }
        return [.. files.Keys];
    }

    private static void WriteBindings(Utf8JsonWriter json, FunctionDefinition function)
    {
        switch (function.Trigger)
        {
            case TriggerKind.Queue:
                json.WriteStartObject();
                json.WriteString("name", InvocationReader.QueueBinding);
                json.WriteString("type", "queueTrigger");
                json.WriteString("direction", "in");
                json.WriteString("queueName", function.Queue);
                json.WriteString("connection", "AzureWebJobsStorage");
                json.WriteEndObject();
                break;
            case TriggerKind.Timer:
                json.WriteStartObject();
                json.WriteString("name", InvocationReader.TimerBinding);
                json.WriteString("type", "timerTrigger");
                json.WriteString("direction", "in");
                json.WriteString("schedule", function.Schedule);
                json.WriteEndObject();
                break;
            case TriggerKind.Http:
                json.WriteStartObject();
                json.WriteString("authLevel", "anonymous");
                json.WriteString("type", "httpTrigger");
                json.WriteString("direction", "in");
                json.WriteString("name", "req");
                json.WriteStartArray("methods");
                foreach (var method in function.Methods ?? [])
                {
                    json.WriteStringValue(method);
                }
                json.WriteEndArray();
                json.WriteString("route", function.Route);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "http");
                json.WriteString("direction", "out");
                json.WriteString("name", "res");
                json.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"Function '{function.Name}' has unknown trigger {function.Trigger}.");
        }
    }
}
