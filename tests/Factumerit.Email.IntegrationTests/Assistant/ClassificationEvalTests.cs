using System.CommandLine;
using System.Text.Json;
using Factumerit.Email.Assistant;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Cli;
using Factumerit.Email.IntegrationTests.Fakes.Llm;
using Factumerit.Email.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>
/// <c>factumerit eval</c> over the shipped fixtures, with the real classifier against a fake LLM that knows the
/// answer only for the fixtures meant for the LLM tier. Automated fixtures get a wrong answer if they ever reach
/// it, so the rule tier's accuracy on them is really measured.
/// </summary>
public sealed class ClassificationEvalTests : IAsyncLifetime
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "factumerit-eval-" + Guid.NewGuid().ToString("N"));
    private FakeLlmServer _llm = null!;

    public async Task InitializeAsync() => _llm = await FakeLlmServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _llm.DisposeAsync();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task The_eval_reports_every_fixture_right_and_makes_no_llm_call_for_automated_mail()
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "fixtures", "classification");
        var fixtures = FixtureLoader.Load(directory);
        var bySubject = fixtures.ToDictionary(f => f.Subject, StringComparer.Ordinal);
        var automatedAsked = 0;
        _llm.Responder = request =>
        {
            var fixture = bySubject[SubjectOf(request.UserContent)];
            if (fixture.ExpectsRuleTier)
            {
                Interlocked.Increment(ref automatedAsked);
            }
            var category = fixture.ExpectsRuleTier ? Categories.ActionRequired : fixture.ExpectedClassification;
            return FakeChatReply.Text(
                $$"""{"category":"{{category}}","confidence":"high","reasoning":"fixture {{fixture.Id}}","detected_language":"en","resolved_style":"business"}""",
                promptTokens: 500, completionTokens: 30);
        };

        var (exitCode, output) = await RunAsync("eval", directory, "--out", _out);

        Assert.True(exitCode == 0, output);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, EvalReportWriter.JsonFileName)));
        var root = report.RootElement;
        var automated = fixtures.Count(f => f.ExpectsRuleTier);
        var waiting = fixtures.Count(f => f.UserSentLast);
        var llmTier = fixtures.Count - automated - waiting;
        Assert.Equal(fixtures.Count, root.GetProperty("total").GetInt32());
        Assert.Equal(fixtures.Count, root.GetProperty("correct").GetInt32());
        Assert.Equal(automated, root.GetProperty("tiers").GetProperty("rule").GetInt32());
        Assert.Equal(waiting, root.GetProperty("tiers").GetProperty("thread").GetInt32());
        Assert.Equal(llmTier, root.GetProperty("tiers").GetProperty("llm").GetInt32());
        Assert.Equal(0, root.GetProperty("tiers").GetProperty("fallback").GetInt32());
        Assert.Equal(llmTier, root.GetProperty("llm_calls").GetInt32());
        Assert.Equal(0, root.GetProperty("llm_calls_on_automated").GetInt32());
        Assert.Equal(llmTier * 500, root.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(0, automatedAsked);
        Assert.Equal(llmTier, _llm.Requests.Count);
        Assert.Equal(automated, root.GetProperty("confusion_matrix").GetProperty("fyi").GetProperty("fyi").GetInt32()
            - fixtures.Count(f => !f.ExpectsRuleTier && f.ExpectedClassification == Categories.Fyi));
        var markdown = await File.ReadAllTextAsync(Path.Combine(_out, EvalReportWriter.MarkdownFileName));
        Assert.Contains("Confusion matrix", markdown, StringComparison.Ordinal);
        Assert.Contains("Accuracy: 100.0 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_llm_is_down_the_llm_tier_falls_back_and_the_rule_tier_is_unaffected()
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "fixtures", "classification");
        var fixtures = FixtureLoader.Load(directory);
        _llm.Responder = _ => FakeChatReply.ServerError();

        var (exitCode, output) = await RunAsync("eval", directory, "--out", _out, "--min-accuracy", "0.9");

        Assert.Equal(ExitCodes.Invalid, exitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, EvalReportWriter.JsonFileName)));
        var tiers = report.RootElement.GetProperty("tiers");
        Assert.Equal(fixtures.Count(f => f.ExpectsRuleTier), tiers.GetProperty("rule").GetInt32());
        Assert.Equal(fixtures.Count(f => !f.ExpectsRuleTier && !f.UserSentLast), tiers.GetProperty("fallback").GetInt32());
        Assert.Equal(1.0, report.RootElement.GetProperty("tier_accuracy").GetProperty("rule").GetDouble());
        Assert.Contains("Accuracy:", output, StringComparison.Ordinal);
    }

    private static string SubjectOf(string userContent) =>
        userContent.Split('\n').First(l => l.StartsWith("Subject: ", StringComparison.Ordinal))["Subject: ".Length..];

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = _llm.Endpoint.ToString(),
            ["Llm:ApiKey"] = _llm.ApiKey,
            ["Llm:Model"] = "classify-mini",
            ["Llm:MaxRetries"] = "0",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var output = new StringWriter();
        var exitCode = await CliApplication.CreateRootCommand(() => configuration).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exitCode, output.ToString());
    }
}
