using Factumerit.Email.IntegrationTests.Infrastructure;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Personas.Handlers.Support;
using Factumerit.Email.Routing;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Storage.Scheduler;

namespace Factumerit.Email.IntegrationTests.Personas.Actions;

/// <summary>The personas' timers end to end through the durable scheduler and the table stores.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScheduledPersonaActionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_eis_reminder_fires_at_its_time_and_is_mailed_once()
    {
        await using var rig = new PersonaActionRig(azurite);
        var user = new SenderUser("u1", "Ana", "Europe/Paris");

        var reply = await rig.Handler(PersonaNames.Eis).HandleAsync(
            Context("eis", "remind me in 2 hours take the cake out") with { SenderUser = user }, CancellationToken.None);
        var reminder = Assert.Single(await rig.Get<IReminderLog>().ListUpcomingAsync("u1", rig.Clock.GetUtcNow(), 10));
        var dueAt = rig.Clock.GetUtcNow().AddHours(2);

        rig.Clock.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(TimerOutcome.Hopped, await rig.FireAsync(reminder.ScheduleId, dueAt));
        rig.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(TimerOutcome.Fired, await rig.FireAsync(reminder.ScheduleId, dueAt));
        Assert.Equal(TimerOutcome.Finished, await rig.FireAsync(reminder.ScheduleId, dueAt));

        Assert.Contains("12:00 (Europe/Paris)", reply.ResponseText, StringComparison.Ordinal);
        Assert.Equal(dueAt, reminder.DueAt);
        var (key, mail) = Assert.Single(await rig.OutboxAsync());
        Assert.Equal("reminder:" + reminder.ScheduleId, key);
        Assert.Equal(("eis@factumerit.app", "Reminder: take the cake out"), (mail.From, mail.Subject));
        Assert.Equal(["ana@example.com"], mail.To);
        Assert.Empty(await rig.Get<IReminderLog>().ListUpcomingAsync("u1", rig.Clock.GetUtcNow(), 10));
    }

    [Fact]
    public async Task Onboarding_sends_the_day_one_tips_and_a_reply_cancels_the_check_in()
    {
        await using var rig = new PersonaActionRig(azurite);
        var onboard = rig.Handler(PersonaNames.Onboard);
        var start = rig.Clock.GetUtcNow();

        var welcome = await onboard.HandleAsync(Context("onboard", "Hello!", OnboardConfig()), CancellationToken.None);
        var registered = await rig.Users.FindByEmailAsync("ana@example.com");
        rig.Clock.Advance(TimeSpan.FromDays(1));
        var tips = await rig.FireAsync(ScheduleId("onboard:ana@example.com", FollowUpPayload.TipsAction, "tips"), start.AddDays(1));
        await onboard.HandleAsync(Context("onboard", "Thanks, how do I add a task?", OnboardConfig(), "<m2@example.com>"), CancellationToken.None);
        rig.Clock.Advance(TimeSpan.FromDays(2));
        var checkIn = await rig.FireAsync(ScheduleId("onboard:ana@example.com", FollowUpPayload.CheckInAction, "checkin"), start.AddDays(3));

        Assert.Contains("\"Getting Started\"", welcome.ResponseText, StringComparison.Ordinal);
        Assert.Equal("onboard", registered!.Source);
        Assert.Equal(TimerOutcome.Fired, tips);
        Assert.Equal(TimerOutcome.Finished, checkIn);
        var (key, mail) = Assert.Single(await rig.OutboxAsync());
        Assert.Equal("onboard:tips:ana@example.com", key);
        Assert.Equal("Three tips for your first day with Factumerit", mail.Subject);
        Assert.Contains("eis@factumerit.app", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escalation_nobody_picks_up_is_sent_again_but_an_acknowledged_one_is_not()
    {
        await using var rig = new PersonaActionRig(azurite);
        var followUps = rig.Get<EscalationFollowUps>();
        var at = rig.Clock.GetUtcNow();
        var timeout = TimeSpan.FromHours(24);

        var waiting = await followUps.OpenAsync(Escalation("thread-a", at), "support@factumerit.app", timeout);
        var answered = await followUps.OpenAsync(Escalation("thread-b", at), "support@factumerit.app", timeout);
        Assert.True(await followUps.AcknowledgeAsync("thread-b", "cli"));
        Assert.False(await followUps.AcknowledgeAsync("thread-unknown", "cli"));
        rig.Clock.Advance(timeout);

        Assert.Equal(TimerOutcome.Fired, await rig.FireAsync(waiting, at + timeout));
        Assert.Equal(TimerOutcome.Finished, await rig.FireAsync(answered, at + timeout));

        var (key, mail) = Assert.Single(await rig.OutboxAsync());
        Assert.Equal("escalation-reminder:" + waiting, key);
        Assert.Equal(["help@factumerit.app"], mail.To);
        Assert.Equal("[Reminder: unanswered escalation] Refund please", mail.Subject);
        Assert.Contains("factumerit escalations ack thread-a", mail.Text, StringComparison.Ordinal);
        Assert.NotNull((await rig.Get<IEscalationStore>().GetAsync("thread-a"))!.RemindedAt);
    }

    private static EscalationRecord Escalation(string thread, DateTimeOffset at) =>
        new(thread, "support", "policy_restriction", "help@factumerit.app", "Refund please", at);

    private static string ScheduleId(string subject, string action, string dedupe) => ScheduleKeys.DedupeId(subject, action, dedupe);

    private static Dictionary<string, object> OnboardConfig() => new() { ["welcome_project"] = "Getting Started" };

    private static EmailContext Context(string persona, string text, Dictionary<string, object>? config = null,
        string messageId = "<m1@example.com>") => new()
    {
        RouteKey = persona,
        From = EmailAddress.Parse("Ana Lima <ana@example.com>"),
        To = EmailAddress.Parse($"{persona}@factumerit.app"),
        Subject = "Hello",
        MessageId = messageId,
        ReplyText = text,
        Text = text,
        Config = new HandlerConfig(config ?? [], Path.Combine(RepositoryRoot.Find(), "config")),
    };
}
