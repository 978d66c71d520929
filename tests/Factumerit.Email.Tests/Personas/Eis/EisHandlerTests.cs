using System.Globalization;
using Factumerit.Email.Llm;
using Factumerit.Email.Personas;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Eis;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Tests.PersonaHandlers.Doubles;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.PersonaHandlers.Eis;

public sealed class EisHandlerTests
{
    // Monday 1 June 2026, 10:00 in Paris.
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T08:00:00Z", CultureInfo.InvariantCulture));
    private readonly InMemoryScheduler _scheduler = new();
    private readonly InMemoryReminders _reminders = new();
    private readonly InMemoryTasks _tasks = new();
    private readonly RecordingOutbox _outbox = new();
    private readonly ScriptedLlmClient _llm = new();
    private readonly InMemoryUsers _users;
    private readonly SenderUser _ana = new("u1", "Ana Lima", "Europe/Paris");

    public EisHandlerTests() => _users = new InMemoryUsers(_clock);

    [Fact]
    public async Task Unknown_senders_are_told_how_to_register_and_nothing_else_happens()
    {
        var result = await Handle("remind me in 2 hours call Ana", known: false);

        Assert.Contains("I don't recognize your email", result.ResponseText, StringComparison.Ordinal);
        Assert.Contains("onboard@factumerit.app", result.ResponseText, StringComparison.Ordinal);
        Assert.Empty(_scheduler.Schedules);
        Assert.Empty(_llm.Requests);
    }

    [Fact]
    public async Task Remind_me_schedules_the_reminder_in_the_senders_zone_once_per_message()
    {
        var result = await Handle("remind me tomorrow 9am call the dentist");
        await Handle("remind me tomorrow 9am call the dentist");

        var schedule = Assert.Single(_scheduler.Schedules);
        Assert.Equal(ReminderPayload.Action, schedule.Action);
        Assert.Equal(DateTimeOffset.Parse("2026-06-02T07:00:00Z", CultureInfo.InvariantCulture), schedule.DueAt);
        var payload = ReminderPayload.Parse(schedule.Payload);
        Assert.Equal(("ana@example.com", "call the dentist", "eis@factumerit.app"), (payload.Email, payload.Text, payload.From));
        Assert.Contains("Tuesday 2 June 2026 at 09:00 (Europe/Paris)", result.ResponseText, StringComparison.Ordinal);
        Assert.StartsWith("Hi Ana,", result.ResponseText, StringComparison.Ordinal);
        Assert.Equal("call the dentist", Assert.Single(_reminders.Entries).Text);
    }

    [Theory]
    [InlineData("remind me today 8am stretch", "has already passed")]
    [InlineData("remind me whenever you like to stretch", "remind me <when> <what>")]
    [InlineData("remind me tomorrow", "What should I remind you of")]
    public async Task Remind_me_explains_what_it_could_not_use(string text, string expected)
    {
        var result = await Handle(text);

        Assert.Contains(expected, result.ResponseText, StringComparison.Ordinal);
        Assert.Empty(_scheduler.Schedules);
    }

    [Fact]
    public async Task The_due_reminder_is_mailed_once_and_leaves_the_upcoming_list()
    {
        await Handle("remind me in 2 hours take the cake out");
        var schedule = Assert.Single(_scheduler.Schedules);
        var action = new EisReminderAction(_outbox, _reminders, _clock);
        _clock.Advance(TimeSpan.FromHours(2));

        var due = new ScheduledAction(schedule.Id, schedule.Subject, schedule.Action, schedule.DueAt, schedule.Payload, 1);
        await action.HandleAsync(due, CancellationToken.None);
        await action.HandleAsync(due with { Attempt = 2 }, CancellationToken.None);

        var (key, mail) = Assert.Single(_outbox.Sent);
        Assert.Equal("reminder:" + schedule.Id, key);
        Assert.Equal(["ana@example.com"], mail.To);
        Assert.Equal("Reminder: take the cake out", mail.Subject);
        Assert.Contains("take the cake out", mail.Text, StringComparison.Ordinal);
        Assert.Contains("You have no upcoming reminders", (await Handle("reminders")).ResponseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_are_added_listed_in_a_stable_order_and_done_by_number()
    {
        await Handle("add task buy milk", messageId: "<a@x>");
        await Handle("add task call Ana", messageId: "<b@x>");
        await Handle("add task file taxes", messageId: "<c@x>");

        var done = await Handle("done 2", messageId: "<d@x>");
        var list = await Handle("tasks", messageId: "<e@x>");
        var wrong = await Handle("done 7", messageId: "<f@x>");

        Assert.Contains("Done: call Ana", done.ResponseText, StringComparison.Ordinal);
        Assert.Contains("1. buy milk\n  2. file taxes", list.ResponseText, StringComparison.Ordinal);
        Assert.Contains("There is no task number 7", wrong.ResponseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_task_list_gets_an_apology_not_a_retry_loop()
    {
        _tasks.Unavailable = true;

        var result = await Handle("tasks");

        Assert.Contains("couldn't reach your task list", result.ResponseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_messages_are_answered_with_the_users_tasks_and_reminders_as_untrusted_context()
    {
        await Handle("add task prepare the offsite", messageId: "<a@x>");
        await Handle("remind me on Friday book the train", messageId: "<b@x>");
        _llm.Answer("Start with the offsite.", 300, 20);

        var result = await Handle("What should I focus on today?", messageId: "<c@x>");

        Assert.Contains("Start with the offsite.", result.ResponseText, StringComparison.Ordinal);
        Assert.Equal(320, result.TokensUsed);
        var request = Assert.Single(_llm.Requests);
        Assert.Contains(UntrustedContent.OpenMarker + " Open tasks", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("prepare the offsite", request.UserContent, StringComparison.Ordinal);
        Assert.Contains("book the train", request.UserContent, StringComparison.Ordinal);
        Assert.DoesNotContain("prepare the offsite", request.SystemPrompt, StringComparison.Ordinal);
        Assert.True(request.MaxOutputTokens <= 10_000 / 3);
    }

    [Fact]
    public async Task Questions_still_get_an_answer_when_the_model_or_the_task_list_is_down()
    {
        _tasks.Unavailable = true;
        _llm.Fail();

        var result = await Handle("What should I focus on today?");

        Assert.Contains("can't answer questions right now", result.ResponseText, StringComparison.Ordinal);
        Assert.Contains("remind me <when> <what>", result.ResponseText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timezone_sets_the_users_zone_when_it_is_a_real_one()
    {
        await _users.EnsureAsync("ana@example.com", "Ana", "operator");

        var good = await Handle("timezone America/New_York");
        var bad = await Handle("timezone Mars/Base");

        Assert.Equal("America/New_York", (await _users.FindByEmailAsync("ana@example.com"))!.TimeZone);
        Assert.Contains("now America/New_York", good.ResponseText, StringComparison.Ordinal);
        Assert.Contains("not a time zone I know", bad.ResponseText, StringComparison.Ordinal);
    }

    private Task<HandlerResult> Handle(string text, bool known = true, string messageId = "<m1@example.com>")
    {
        var handler = new EisHandler(
            new EisReminders(_scheduler, _reminders, _clock, NullLogger<EisReminders>.Instance),
            new EisTasks(_tasks),
            new EisAssistant(_llm, _tasks, _reminders, _clock, NullLogger<EisAssistant>.Instance),
            _users,
            NullLogger<EisHandler>.Instance);
        var context = Contexts.For("eis", text, user: known ? _ana : null, messageId: messageId) with { LlmTokenBudget = 10_000 };
        return handler.HandleAsync(context, CancellationToken.None);
    }
}
