using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Users;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// The personal assistant, for registered users only: reminders, tasks, time zone, and free-form questions answered
/// with the user's tasks and reminders as context.
/// </summary>
public sealed class EisHandler(
    EisReminders reminders,
    EisTasks tasks,
    EisAssistant assistant,
    IUserDirectory users,
    ILogger<EisHandler> logger) : IEmailHandler
{
    public string Name => PersonaNames.Eis;

    public async Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.SenderUser is not { } user)
        {
            return HandlerResult.Reply(EisTexts.Unknown(context)) with
            {
                Metadata = new Dictionary<string, string> { ["eis"] = "unknown_sender" },
            };
        }

        var command = EisCommand.Parse(context.ReplyText);
        var tokens = 0;
        string body;
        try
        {
            switch (command.Kind)
            {
                case EisCommandKind.Help:
                    body = EisTexts.Help;
                    break;
                case EisCommandKind.Remind:
                    body = await reminders.ScheduleAsync(context, user, command.Argument, cancellationToken).ConfigureAwait(false);
                    break;
                case EisCommandKind.Reminders:
                    body = await reminders.ListAsync(user, cancellationToken).ConfigureAwait(false);
                    break;
                case EisCommandKind.Tasks:
                    body = await tasks.ListAsync(user, cancellationToken).ConfigureAwait(false);
                    break;
                case EisCommandKind.AddTask:
                    body = await tasks.AddAsync(context, user, command.Argument, cancellationToken).ConfigureAwait(false);
                    break;
                case EisCommandKind.Done:
                    body = await tasks.CompleteAsync(user, command.Number, cancellationToken).ConfigureAwait(false);
                    break;
                case EisCommandKind.TimeZone:
                    body = await SetTimeZoneAsync(context, command.Argument, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    (body, tokens) = await assistant.AnswerAsync(context, user, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (TaskListUnavailableException ex)
        {
            Log.TasksUnavailable(logger, ex, Name, PersonaAddresses.Hash(context.From));
            body = "Sorry, I couldn't reach your task list just now. Please try again in a few minutes.";
        }

        return HandlerResult.Reply(EisTexts.Wrap(user, body)) with
        {
            TokensUsed = tokens,
            Metadata = new Dictionary<string, string> { ["eis"] = command.Kind.ToString().ToLowerInvariant() },
        };
    }

    private async Task<string> SetTimeZoneAsync(EmailContext context, string zoneId, CancellationToken cancellationToken)
    {
        if (!LocalTimes.TryFindZone(zoneId, out var zone))
        {
            return $"\"{(zoneId.Length <= 40 ? zoneId : zoneId[..40])}\" is not a time zone I know. Use an IANA name such as Europe/Paris or America/New_York.";
        }
        await users.SetTimeZoneAsync(context.From.WithoutTag().Address, zone.Id, cancellationToken).ConfigureAwait(false);
        return $"Your time zone is now {zone.Id}. Reminder times are read in it from now on.";
    }
}
