using System.Text.Json.Nodes;
using Factumerit.Email.Functions.Functions;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.FunctionJson;

namespace Factumerit.Email.Tests.Hosting;

public sealed class FunctionJsonTests
{
    [Fact]
    public void Committed_function_json_files_match_the_registry()
    {
        var functionsDir = Path.Combine(RepositoryFiles.Root(), "functions");
        var expected = FunctionJsonGenerator.Render(FunctionCatalog.BuildRegistry());
        var committed = Directory.Exists(functionsDir)
            ? Directory.GetDirectories(functionsDir).ToDictionary(d => Path.GetFileName(d), d => ReadOrNull(Path.Combine(d, FunctionJsonGenerator.FileName)))
            : [];

        var differences = new List<string>();
        foreach (var (name, text) in expected)
        {
            if (!committed.TryGetValue(name, out var actual) || actual is null)
            {
                differences.Add($"missing functions/{name}/function.json");
            }
            else if (actual.ReplaceLineEndings("\n") != text)
            {
                differences.Add($"functions/{name}/function.json differs; expected:\n{text}actual:\n{actual}");
            }
        }
        differences.AddRange(committed.Keys.Where(name => !expected.ContainsKey(name)).Select(name => $"functions/{name}/ is not in the registry"));

        Assert.True(differences.Count == 0,
            "functions/ has drifted from FunctionCatalog; run `dotnet run --project src/Factumerit.Email.Functions -- generate-function-json \"$PWD/functions\"`:\n"
            + string.Join("\n", differences));
    }

    [Fact]
    public void Queue_trigger_shape()
    {
        var json = Bindings(new FunctionDefinition("inbound-worker", TriggerKind.Queue, Queue: "inbound"));
        AssertJson("""[{"name":"message","type":"queueTrigger","direction":"in","queueName":"inbound","connection":"AzureWebJobsStorage"}]""", json);
    }

    [Fact]
    public void Timer_trigger_shape()
    {
        var json = Bindings(new FunctionDefinition("digest", TriggerKind.Timer, Schedule: "0 0 * * * *"));
        AssertJson("""[{"name":"timer","type":"timerTrigger","direction":"in","schedule":"0 0 * * * *"}]""", json);
    }

    [Fact]
    public void Http_trigger_shape()
    {
        var json = Bindings(new FunctionDefinition("resend-webhook", TriggerKind.Http, Route: "webhooks/resend", Methods: ["post"]));
        AssertJson("""
            [{"authLevel":"anonymous","type":"httpTrigger","direction":"in","name":"req","methods":["post"],"route":"webhooks/resend"},
             {"type":"http","direction":"out","name":"res"}]
            """, json);
    }

    [Fact]
    public void Write_creates_folders_and_removes_stale_ones_only()
    {
        var dir = Directory.CreateTempSubdirectory("function-json").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "gone"));
            File.WriteAllText(Path.Combine(dir, "gone", "function.json"), "{}");
            Directory.CreateDirectory(Path.Combine(dir, "keep"));
            File.WriteAllText(Path.Combine(dir, "keep", "notes.txt"), "not ours");
            var registry = new FunctionRegistry([new FunctionDefinition("digest", TriggerKind.Timer, Schedule: "0 0 * * * *")]);

            FunctionJsonGenerator.Write(registry, dir);

            Assert.Equal(["digest", "keep"], Directory.GetDirectories(dir).Select(Path.GetFileName).Order());
            Assert.Equal(FunctionJsonGenerator.Render(registry)["digest"], File.ReadAllText(Path.Combine(dir, "digest", "function.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("bad name", TriggerKind.Queue, "q", null, "must start with a letter")]
    [InlineData("q", TriggerKind.Queue, null, null, "has no queue name")]
    [InlineData("t", TriggerKind.Timer, null, "0 0 25 * * *", "hour field '25'")]
    public void Registry_rejects_incomplete_definitions(string name, TriggerKind kind, string? queue, string? schedule, string expected)
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new FunctionRegistry([new FunctionDefinition(name, kind, Queue: queue, Schedule: schedule)]));
        Assert.Contains(expected, ex.Message);
    }

    private static string? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static JsonNode Bindings(FunctionDefinition definition) =>
        JsonNode.Parse(FunctionJsonGenerator.Render(definition))!["bindings"]!;

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual.ToJsonString());
}
