using System.CommandLine;
using Factumerit.Email.Personas.Handlers.Support;

namespace Factumerit.Email.Cli.Escalations;

/// <summary><c>factumerit escalations ack &lt;threadId&gt;</c>: exit 0 when marked (or already marked), 1 when the thread has no escalation.</summary>
internal static class EscalationsAckCommand
{
    public static Command Create()
    {
        var thread = new Argument<string>("threadId") { Description = "The thread id from the escalation email or 'escalations list'." };
        var storage = EscalationsCommands.StorageOption();
        var table = EscalationsCommands.TableOption();
        var command = new Command("ack", "Mark an escalation picked up so no reminder is sent.") { thread, storage, table };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (EscalationsCommands.OpenStore(parseResult, storage, table) is not { } store)
            {
                return ExitCodes.Invalid;
            }
            var threadId = parseResult.GetValue(thread)!;
            var output = parseResult.InvocationConfiguration.Output;
            if (!await store.MarkPickedUpAsync(threadId, "cli", TimeProvider.System.GetUtcNow(), cancellationToken))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"No escalation for thread {threadId}.");
                return ExitCodes.Invalid;
            }
            await output.WriteLineAsync($"Escalation of thread {threadId} marked picked up; no reminder will be sent.");
            return ExitCodes.Success;
        });
        return command;
    }
}
