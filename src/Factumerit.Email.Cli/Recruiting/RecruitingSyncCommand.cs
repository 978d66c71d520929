using System.CommandLine;
using Factumerit.Email.Cli.Mailbox;
using Factumerit.Email.Recruiting.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Factumerit.Email.Cli.Recruiting;

/// <summary>
/// <c>factumerit recruiting sync &lt;mailbox&gt;</c>: runs a recruiting sync here, printing progress per page. When a
/// sync of the mailbox is already running elsewhere, prints its id and follows it to the end instead of starting one.
/// </summary>
internal static class RecruitingSyncCommand
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(1);

    public static Command Create(Func<IConfiguration> configuration)
    {
        var mailbox = new Argument<string>("mailbox") { Description = "The connected Gmail address (recruiting must be on for it)." };
        var command = new Command("sync", "Scan recent mail for stage signals and leads, printing progress.") { mailbox };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = RecruitingCommands.Services(configuration());
            var start = await services.GetRequiredService<RecruitingSyncStarter>().StartAsync(parse.GetValue(mailbox)!, enqueue: false, cancellationToken);
            RecruitingTask? task;
            switch (start.Kind)
            {
                case SyncStartKind.UnknownMailbox:
                    await parse.InvocationConfiguration.Error.WriteLineAsync("error: no such mailbox is connected.");
                    return ExitCodes.Invalid;
                case SyncStartKind.Disabled:
                    await parse.InvocationConfiguration.Error.WriteLineAsync("error: recruiting is off for this mailbox (mailbox add --recruiting).");
                    return ExitCodes.Invalid;
                case SyncStartKind.AlreadyRunning:
                    await output.WriteLineAsync($"A recruiting sync is already running: task {start.TaskId}. Following it.");
                    task = await FollowAsync(services, start.TaskId!, output, cancellationToken);
                    break;
                default:
                    await output.WriteLineAsync($"Started recruiting sync: task {start.TaskId}.");
                    var printer = new Progress(output);
                    try
                    {
                        task = await services.GetRequiredService<RecruitingSyncRunner>().RunAsync(
                            new RecruitingSyncRequested(Normalize(parse.GetValue(mailbox)!), start.TaskId!), printer, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        await parse.InvocationConfiguration.Error.WriteLineAsync($"error: the sync failed ({ex.GetType().Name}: {ex.Message}); " +
                            "the next sync resumes from where it stopped.");
                        return ExitCodes.Invalid;
                    }
                    break;
            }
            return await ReportAsync(task, output) ? ExitCodes.Success : ExitCodes.Invalid;
        }));
        return command;
    }

    private static async Task<RecruitingTask?> FollowAsync(IServiceProvider services, string id, TextWriter output, CancellationToken cancellationToken)
    {
        var syncs = services.GetRequiredService<IRecruitingSyncStore>();
        var time = services.GetRequiredService<TimeProvider>();
        var printer = new Progress(output);
        while (true)
        {
            var task = await syncs.GetTaskAsync(id, cancellationToken);
            if (task is null || TaskStatuses.IsFinished(task.Status))
            {
                return task;
            }
            printer.Report(task);
            await Task.Delay(FollowInterval, time, cancellationToken);
        }
    }

    private static async Task<bool> ReportAsync(RecruitingTask? task, TextWriter output)
    {
        if (task is null)
        {
            await output.WriteLineAsync("The task no longer exists.");
            return false;
        }
        var s = task.Summary;
        await output.WriteLineAsync($"Task {task.Id} {task.Status}: {s.Scanned} scanned, {s.Signals} signals, {s.Leads} leads, {s.Errors.Count} errors.");
        foreach (var error in s.Errors)
        {
            await output.WriteLineAsync("  " + error);
        }
        if (task.Error is not null)
        {
            await output.WriteLineAsync("  failed: " + task.Error);
        }
        return task.Status == TaskStatuses.Completed;
    }

    private static string Normalize(string mailbox) =>
        Email.Mail.EmailAddress.TryParse(mailbox, out var parsed) ? parsed.Address : mailbox.Trim().ToLowerInvariant();

    /// <summary>Prints one line per change of progress; synchronous so lines come out in order.</summary>
    private sealed class Progress(TextWriter output) : IProgress<RecruitingTask>
    {
        private string? _last;

        public void Report(RecruitingTask value)
        {
            var s = value.Summary;
            var line = $"[{value.Status}] {s.Scanned}/{Math.Max(s.Total, s.Scanned)} scanned, {s.Signals} signals, {s.Leads} leads, {s.Errors.Count} errors";
            if (line != _last && !TaskStatuses.IsFinished(value.Status))
            {
                output.WriteLine(line);
                _last = line;
            }
        }
    }
}
