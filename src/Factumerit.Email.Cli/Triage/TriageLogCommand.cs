using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Factumerit.Email.Assistant.Mailboxes;
using Factumerit.Email.Cli.Mailbox;
using Factumerit.Email.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Triage;

/// <summary>
/// <c>factumerit triage log [--mailbox] [--limit] [--json]</c>: the classification log, newest first: the pattern's
/// hint, the model's folder and confidence, whether they agreed, the final folder, the source and the reasoning
/// (cut short in the table, whole in JSON). Without <c>--mailbox</c>, every connected mailbox.
/// </summary>
internal static class TriageLogCommand
{
    private const int ReasoningWidth = 60;

    public static Command Create(Func<IConfiguration> configuration)
    {
        var mailbox = new Option<string?>("--mailbox") { Description = "Only this connected mailbox." };
        var limit = new Option<int>("--limit") { Description = "How many of the newest decisions to show.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("log", "Show triage's classification log, newest first.") { mailbox, limit, json };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var max = parse.GetValue(limit);
            if (max <= 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: --limit must be positive.");
                return ExitCodes.Invalid;
            }
            await using var services = TriageCommands.Services(configuration());
            var store = services.GetRequiredService<ITriageStore>();
            var only = parse.GetValue(mailbox);
            IEnumerable<string> addresses = only is not null
                ? [Email.Assistant.Mailboxes.Mailbox.Normalize(only)]
                : (await services.GetRequiredService<IMailboxStore>().ListAsync(cancellationToken)).Select(m => m.Address);
            var rows = new List<TriageLogRow>();
            foreach (var address in addresses)
            {
                rows.AddRange((await store.ListLogAsync(address, max, cancellationToken)).Select(TriageLogRow.From));
            }
            rows = [.. rows.OrderByDescending(r => r.At).Take(max)];
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, TriageLogJson.Default.ListTriageLogRow));
                return ExitCodes.Success;
            }
            Print(CliConsole.Create(output), rows, only is null);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(IAnsiConsole console, List<TriageLogRow> rows, bool withMailbox)
    {
        if (rows.Count == 0)
        {
            console.WriteLine("No triage decisions logged.");
            return;
        }
        var table = new Table().AddColumn(new TableColumn("at").NoWrap());
        if (withMailbox)
        {
            table.AddColumn(new TableColumn("mailbox").NoWrap());
        }
        table.AddColumn(new TableColumn("message").NoWrap())
            .AddColumns("pattern", "llm", "confidence", "agreed", "final", "source", "reasoning");
        foreach (var r in rows)
        {
            var cells = new List<string> { r.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) };
            if (withMailbox)
            {
                cells.Add(r.Mailbox);
            }
            cells.AddRange([r.MessageId, r.PatternHint, r.LlmFolder ?? "-", r.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                r.PatternAgreed switch { true => "yes", false => "no", null => "-" }, r.FinalFolder, r.Source, Cut(r.Reasoning)]);
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }
        console.Write(table);
    }

    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= ReasoningWidth ? line : line[..(ReasoningWidth - 1)] + "…";
    }
}
