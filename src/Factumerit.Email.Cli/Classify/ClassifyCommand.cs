using System.CommandLine;
using System.Globalization;
using Factumerit.Email.Assistant.Classification;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Cli.Mailbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Classify;

/// <summary>
/// <c>factumerit classify [file|-]</c>: classifies one email with the real classifier and prints everything it
/// decided: tier, rule, category, confidence, reasoning, language, style, the LLM's own picks, tokens.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create(Func<IConfiguration> configuration)
    {
        var file = new Argument<string>("file") { Description = "RFC 822 message, or YAML/JSON with sender_email, subject, body; '-' reads stdin.", DefaultValueFactory = _ => "-" };
        var triage = new Option<bool>("--triage") { Description = "Classify as for a mailbox with triage on (automated mail goes to the LLM)." };
        var language = new Option<string>("--language") { Description = "The mailbox's default language.", DefaultValueFactory = _ => MailboxSettings.FallbackLanguage };
        var command = new Command("classify", "Classify one email and show every decision.") { file, triage, language };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var path = parse.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{path}: no such file");
                return ExitCodes.FileMissing;
            }
            var text = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
            var input = ClassifyInputReader.Read(text);
            await using var services = AssistantCliServices.Classifier(configuration());
            var settings = new MailboxSettings { TriageEnabled = parse.GetValue(triage), DefaultLanguage = parse.GetValue(language)! };
            var result = await services.GetRequiredService<EmailClassifier>().ClassifyAsync(input, settings, null, cancellationToken);
            Write(CliConsole.Create(parse.InvocationConfiguration.Output), input, result);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, ClassificationInput input, ClassificationResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new Table().HideHeaders().AddColumns("field", "value");
        void Row(string name, string? value) => table.AddRow(name, Markup.Escape(value ?? "-"));
        Row("subject", input.Subject);
        Row("category", result.Category);
        Row("confidence", result.Confidence);
        Row("tier", result.Tier);
        Row("automated", result.IsAutomated ? $"yes ({result.AutomatedRule})" : "no");
        Row("safety net", result.SafetyNetApplied ? "applied (needs_response -> fyi)" : "not applied");
        Row("reasoning", result.Reasoning);
        Row("language", result.Language);
        Row("style", result.Style);
        Row("llm language", result.LlmLanguage);
        Row("llm style", result.LlmStyle);
        Row("fallback", result.Fallback);
        Row("llm calls", result.LlmCalls.ToString(c));
        Row("tokens", string.Create(c, $"{result.PromptTokens} prompt, {result.CompletionTokens} completion"));
        Row("llm answer", result.LlmAnswer);
        console.Write(table);
    }
}
