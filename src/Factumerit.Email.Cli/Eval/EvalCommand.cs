using System.CommandLine;
using Factumerit.Email.Assistant.Eval;
using Factumerit.Email.Cli.Mailbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Eval;

/// <summary>
/// <c>factumerit eval &lt;fixtures&gt; [--out dir] [--min-accuracy 0.9]</c>: runs the real classifier (rule tier and the
/// LLM configured by <c>Llm__*</c>) over fixture YAML, prints accuracy, the confusion matrix, the tier split and
/// token usage, and writes <c>eval-report.json</c> and <c>eval-report.md</c>. Exit 0, 1 (invalid fixtures or below
/// --min-accuracy), 2 (no such file).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var fixtures = new Argument<string>("fixtures") { Description = "A fixture YAML file, or a directory of them (fixtures/classification)." };
        var output = new Option<string>("--out") { Description = "Directory for eval-report.json and eval-report.md.", DefaultValueFactory = _ => "eval-results" };
        var minimum = new Option<double?>("--min-accuracy") { Description = "Fail (exit 1) below this accuracy, 0 to 1." };
        var command = new Command("eval", "Measure the classifier against labelled fixtures.") { fixtures, output, minimum };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var path = parse.GetValue(fixtures)!;
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path}: no such file or directory");
                return ExitCodes.FileMissing;
            }
            var loaded = FixtureLoader.Load(path);
            var settings = configuration();
            await using var services = AssistantCliServices.Classifier(settings);
            var eval = services.GetRequiredService<ClassificationEval>();
            var console = CliConsole.Create(parse.InvocationConfiguration.Output);
            if (string.IsNullOrWhiteSpace(settings["Llm:Endpoint"]))
            {
                console.MarkupLine("[yellow]Llm__Endpoint is not set: every LLM-tier email falls back to needs_response.[/]");
            }

            EvalReport report = null!;
            await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask($"Classifying {loaded.Count} fixtures", maxValue: loaded.Count);
                report = await eval.RunAsync(loaded, null, _ => task.Increment(1), settings["Llm:Model"], cancellationToken);
            });
            EvalConsoleView.Write(console, report);
            var (json, markdown) = EvalReportWriter.Write(report, parse.GetValue(output)!);
            console.WriteLine($"Reports: {json}, {markdown}");
            return parse.GetValue(minimum) is { } floor && report.Accuracy < floor ? ExitCodes.Invalid : ExitCodes.Success;
        }));
        return command;
    }
}
