using System.CommandLine;
using Factumerit.Email.Cli.Mailbox;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Stores.Assistant;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Triage.Organize;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Cli.Triage;

/// <summary>
/// <c>factumerit triage organize &lt;mailbox&gt;</c>: starts Organize Inbox (the host's queue worker does the pages) and
/// prints its progress until it finishes. When a run is already going, follows that one instead.
/// </summary>
internal static class TriageOrganizeCommand
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(1);

    public static Command Create(Func<IConfiguration> configuration)
    {
        var mailbox = new Argument<string>("mailbox") { Description = "The connected Gmail address (triage must be on for it)." };
        var command = new Command("organize", "Triage the threads already in the Inbox, printing progress until done.") { mailbox };
        command.SetAction((parse, cancellationToken) => MailboxCommands.RunAsync(parse.InvocationConfiguration.Error, async () =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            await using var services = Services(configuration());
            var start = await services.GetRequiredService<OrganizeStarter>().StartAsync(parse.GetValue(mailbox)!, cancellationToken);
            switch (start.Kind)
            {
                case OrganizeStartKind.UnknownMailbox:
                    await error.WriteLineAsync("error: no such mailbox is connected.");
                    return ExitCodes.Invalid;
                case OrganizeStartKind.Disabled:
                    await error.WriteLineAsync("error: triage is off for this mailbox (setting triageEnabled).");
                    return ExitCodes.Invalid;
                case OrganizeStartKind.AlreadyRunning:
                    await output.WriteLineAsync($"Organize Inbox is already running: run {start.RunId}. Following it.");
                    break;
                default:
                    await output.WriteLineAsync($"Started Organize Inbox: run {start.RunId}.");
                    break;
            }
            var run = await FollowAsync(services, start.RunId!, output, cancellationToken);
            return await ReportAsync(run, output) ? ExitCodes.Success : ExitCodes.Invalid;
        }));
        return command;
    }

    private static async Task<OrganizeRun?> FollowAsync(IServiceProvider services, string id, TextWriter output, CancellationToken cancellationToken)
    {
        var runs = services.GetRequiredService<IOrganizeStore>();
        var time = services.GetRequiredService<TimeProvider>();
        string? last = null;
        while (true)
        {
            var run = await runs.GetRunAsync(id, cancellationToken);
            if (run is null || OrganizeStatuses.IsFinished(run.Status))
            {
                return run;
            }
            var line = Line(run);
            if (line != last)
            {
                await output.WriteLineAsync(line);
                last = line;
            }
            await Task.Delay(FollowInterval, time, cancellationToken);
        }
    }

    private static async Task<bool> ReportAsync(OrganizeRun? run, TextWriter output)
    {
        if (run is null)
        {
            await output.WriteLineAsync("The run no longer exists.");
            return false;
        }
        await output.WriteLineAsync(Line(run));
        if (run.Error is not null)
        {
            await output.WriteLineAsync("  failed: " + run.Error);
        }
        return run.Status == OrganizeStatuses.Completed;
    }

    private static string Line(OrganizeRun r)
    {
        var c = r.Counts;
        var pages = r.Listed ? $"{r.PagesDone}/{r.PagesTotal}" : $"{r.PagesDone}/?";
        return $"[{r.Status}] pages {pages}: {c.Seen} threads seen, {c.Moved} moved, {c.Kept} kept, {c.Review} to Review, " +
            $"{c.Skipped} skipped, {c.Errors} errors";
    }

    /// <summary>Storage, the mailbox records and Organize's table and queue, from the same settings as the app.</summary>
    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddEmailStorage(configuration).AddGmail(configuration).AddAssistantStores(configuration).AddTriageOrganizeStore();
        services.AddOptions<OrganizeOptions>().Bind(configuration.GetSection(OrganizeOptions.SectionName)).ValidateDataAnnotations();
        services.AddSingleton<OrganizeStarter>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var validator in provider.GetServices<IStartupValidator>())
        {
            validator.Validate();
        }
        return provider;
    }
}
