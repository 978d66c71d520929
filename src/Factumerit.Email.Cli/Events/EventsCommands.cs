using System.CommandLine;
using Factumerit.Email.Audit;
using Factumerit.Email.Cli.Storage;
using Factumerit.Email.Storage.Stores.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Events;

/// <summary>
/// <c>factumerit events tail [--limit N] [--follow]</c>: the newest audit events, oldest first, one per line. Senders
/// appear as hashes and no body is ever stored, so the output is safe to paste into a ticket.
/// </summary>
internal static class EventsCommands
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(2);

    public static Command Create()
    {
        var events = new Command("events", "Read the audit trail (the AuditEvents table).");
        var limit = new Option<int>("--limit") { Description = "How many recent events to show.", DefaultValueFactory = _ => 20 };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new events until interrupted." };
        var (storage, table) = (CliStorage.StorageOption(), CliStorage.TableOption("audit"));
        var tail = new Command("tail", "Print the most recent events.") { limit, follow, storage, table };
        tail.SetAction((parseResult, cancellationToken) => CliStorage.RunAsync(parseResult, storage,
            names => names.Audit = parseResult.GetValue(table) ?? names.Audit, async services =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(limit) is var count and < 1)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"--limit must be at least 1, not {count}.");
                return ExitCodes.Invalid;
            }
            var store = services.GetRequiredService<AuditLogStore>();
            var time = services.GetRequiredService<TimeProvider>();
            var since = time.GetUtcNow();
            var recent = await store.RecentAsync(parseResult.GetValue(limit), since, cancellationToken: cancellationToken);
            foreach (var e in recent.Reverse())
            {
                await output.WriteLineAsync(Format(e));
            }
            if (!parseResult.GetValue(follow))
            {
                return ExitCodes.Success;
            }
            try
            {
                while (true)
                {
                    await Task.Delay(FollowInterval, time, cancellationToken);
                    foreach (var (e, writtenAt) in await store.WrittenAfterAsync(since, time.GetUtcNow(), cancellationToken))
                    {
                        await output.WriteLineAsync(Format(e));
                        since = writtenAt > since ? writtenAt : since;
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return ExitCodes.Success;
            }
        }));
        events.Add(tail);
        return events;
    }

    /// <summary>One event as a line: time, kind, outcome, then whatever it has of route, handler, sender, cost and subject.</summary>
    public static string Format(AuditEvent e)
    {
        var parts = new List<string> { e.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), e.Kind };
        void Add(string name, object? value)
        {
            if (value is not null && !(value is string s && s.Length == 0))
            {
                parts.Add($"{name}={value}");
            }
        }
        Add("outcome", e.Outcome);
        Add("route", e.Route);
        Add("handler", e.Handler);
        Add("sender", e.SenderHash);
        Add("latency_ms", e.LatencyMs);
        Add("tokens", e.Tokens);
        Add("forwards", string.Join(',', e.Forwards));
        Add("error", e.Error);
        Add("email", e.EmailId);
        Add("outbox", e.OutboxKey);
        return string.Join(' ', parts);
    }
}
