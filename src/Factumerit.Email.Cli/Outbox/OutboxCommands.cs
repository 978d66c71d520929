using System.CommandLine;
using System.Globalization;
using Factumerit.Email.Cli.Storage;
using Factumerit.Email.Storage.Stores.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Factumerit.Email.Cli.Outbox;

/// <summary>
/// <c>factumerit outbox list</c>: what the app sent or, in development without a Resend key, kept in the local outbox
/// (status <c>recorded_locally</c>). <c>--show KEY</c> prints one email in full.
/// </summary>
internal static class OutboxCommands
{
    public static Command Create()
    {
        var outbox = new Command("outbox", "Read the outbox (every email the app sends, by idempotency key).");
        var limit = new Option<int>("--limit") { Description = "How many of the newest emails to list.", DefaultValueFactory = _ => 50 };
        var show = new Option<string?>("--show") { Description = "Print the email with this idempotency key in full." };
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("outbox"));
        var list = new Command("list", "List outgoing emails: subject, recipients, kind, status.") { limit, show, storage, table };
        list.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage,
            names => names.Outbox = parseResult.GetValue(table) ?? names.Outbox, async services =>
        {
            var store = services.GetRequiredService<OutboxStore>();
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(show) is { } key)
            {
                if (await store.GetAsync(key, cancellationToken) is not { } item)
                {
                    await output.WriteLineAsync($"{key}: not in the outbox");
                    return ExitCodes.Invalid;
                }
                await output.WriteLineAsync(Full(item));
                return ExitCodes.Success;
            }

            var items = (await store.ListAsync(cancellationToken)).Take(Math.Max(1, parseResult.GetValue(limit))).ToList();
            var view = new Table().Border(TableBorder.Rounded).AddColumns("Created", "Kind", "Status", "To", "Subject", "Key");
            foreach (var item in items)
            {
                view.AddRow(item.CreatedAt.ToString("u", CultureInfo.InvariantCulture), Markup.Escape(item.Email.Kind), Markup.Escape(item.Status),
                    Markup.Escape(string.Join(", ", item.Email.To)), Markup.Escape(item.Email.Subject), Markup.Escape(item.Key));
            }
            var console = CliConsole.Create(output);
            console.Write(view);
            console.WriteLine($"{items.Count} email(s).", Style.Plain);
            return ExitCodes.Success;
        }));
        outbox.Add(list);
        return outbox;
    }

    private static string Full(OutboxItem item)
    {
        var email = item.Email;
        var lines = new List<string>
        {
            $"Key: {item.Key}", $"Status: {item.Status}", $"Kind: {email.Kind}", $"From: {email.From}", $"To: {string.Join(", ", email.To)}",
        };
        if (email.ReplyTo is not null)
        {
            lines.Add($"Reply-To: {email.ReplyTo}");
        }
        lines.AddRange((email.Headers ?? new Dictionary<string, string>()).Select(h => $"{h.Key}: {h.Value}"));
        lines.Add($"Subject: {email.Subject}");
        if (email.ForwardOfEmailId is { } original)
        {
            lines.Add($"Attachment: the original of received email {original} (forwarded_message.eml)");
        }
        lines.Add("");
        lines.Add(email.Text ?? "");
        return string.Join(Environment.NewLine, lines);
    }
}
