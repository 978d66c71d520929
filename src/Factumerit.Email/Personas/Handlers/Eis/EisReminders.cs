using Factumerit.Email.Scheduling;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>"remind me …": reads the time in the sender's zone and schedules the reminder mail.</summary>
public sealed class EisReminders(IScheduler scheduler, IReminderLog reminders, TimeProvider clock, ILogger<EisReminders> logger)
{
    public const int MaxTextChars = 500;

    public async Task<string> ScheduleAsync(EmailContext context, SenderUser user, string request, CancellationToken cancellationToken)
    {
        var zone = LocalTimes.FindZoneOrUtc(user.TimeZone);
        var parsed = NaturalTimeParser.Parse(request, zone, clock.GetUtcNow());
        switch (parsed.Error)
        {
            case NaturalTimeError.Unparseable:
                return "I couldn't tell when you want to be reminded.\n\n" + EisTexts.Help;
            case NaturalTimeError.InPast:
                return $"Sorry, {LocalTimes.Describe(parsed.DueAt!.Value, zone)} has already passed. Please pick a time in the future.";
            case NaturalTimeError.TooFarAhead:
                return "Sorry, I can only set reminders up to two years ahead.";
            case NaturalTimeError.MissingText:
                return $"What should I remind you of {LocalTimes.Describe(parsed.DueAt!.Value, zone)}? Write it after the time, "
                    + "e.g. \"remind me tomorrow 9am call Ana\".";
        }

        var text = parsed.Text.Length <= MaxTextChars ? parsed.Text : parsed.Text[..MaxTextChars];
        var payload = new ReminderPayload(context.From.WithoutTag().Address, text, PersonaAddresses.Mailbox(context), user.UserId);
        // The message id as dedupe key: the same message handled twice schedules one reminder.
        var id = await scheduler.ScheduleAsync($"eis:{user.UserId}", ReminderPayload.Action, parsed.DueAt!.Value, payload.Serialize(),
            DedupeKey(context), cancellationToken).ConfigureAwait(false);
        await reminders.AddAsync(new ReminderEntry(user.UserId, id, parsed.DueAt.Value, text), cancellationToken).ConfigureAwait(false);
        Log.Scheduled(logger, ReminderPayload.Action, id, parsed.DueAt.Value);
        return $"OK, I'll remind you on {LocalTimes.Describe(parsed.DueAt.Value, zone)}:\n\n  {text}";
    }

    public async Task<string> ListAsync(SenderUser user, CancellationToken cancellationToken)
    {
        var upcoming = await reminders.ListUpcomingAsync(user.UserId, clock.GetUtcNow(), 20, cancellationToken).ConfigureAwait(false);
        if (upcoming.Count == 0)
        {
            return "You have no upcoming reminders. Write \"remind me tomorrow 9am …\" to set one.";
        }
        var zone = LocalTimes.FindZoneOrUtc(user.TimeZone);
        return "Your upcoming reminders:\n\n" + string.Join("\n", upcoming.Select(r => $"  {LocalTimes.Describe(r.DueAt, zone)}: {r.Text}"));
    }

    private static string? DedupeKey(EmailContext context) =>
        context.MessageId is { Length: > 0 and <= ScheduleLimits.MaxDedupeKeyChars } id ? id : null;
}
