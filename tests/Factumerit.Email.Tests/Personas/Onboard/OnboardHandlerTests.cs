using System.Globalization;
using Factumerit.Email.Personas;
using Factumerit.Email.Personas.Handlers;
using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Tests.PersonaHandlers.Doubles;
using Factumerit.Email.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Factumerit.Email.Tests.PersonaHandlers.Onboard;

public sealed class OnboardHandlerTests : IDisposable
{
    private readonly string _config = Directory.CreateTempSubdirectory("onboard").FullName;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T08:00:00Z", CultureInfo.InvariantCulture));
    private readonly InMemoryScheduler _scheduler = new();
    private readonly InMemoryOnboarding _store = new();
    private readonly RecordingOutbox _outbox = new();
    private readonly ScriptedLlmClient _llm = new();
    private readonly InMemoryUsers _users;

    public OnboardHandlerTests()
    {
        _users = new InMemoryUsers(_clock);
        Directory.CreateDirectory(Path.Combine(_config, "onboard"));
        File.WriteAllText(Path.Combine(_config, "onboard", "welcome.md"), "Subject: Welcome, {name}\nHi {name}, your project \"{project}\" is ready. Write to {eis}.");
        File.WriteAllText(Path.Combine(_config, "onboard", "tips.md"), "Subject: Tips for {name}\nTip: write to {eis}.");
        File.WriteAllText(Path.Combine(_config, "onboard", "checkin.md"), "Subject: How is {project}?\nReply or write to {support}.");
    }

    [Fact]
    public async Task First_contact_registers_the_user_welcomes_them_and_schedules_tips_and_a_check_in()
    {
        var result = await Handle("Hi, I just signed up!");

        var user = await _users.FindByEmailAsync("new@example.com");
        Assert.Equal("onboard", user!.Source);
        Assert.Equal("Hi Nora, your project \"Getting Started\" is ready. Write to eis@factumerit.app.", result.ResponseText);
        Assert.Equal(
            [(FollowUpPayload.TipsAction, TimeSpan.FromDays(1)), (FollowUpPayload.CheckInAction, TimeSpan.FromDays(3))],
            _scheduler.Pending.Select(s => (s.Action, s.DueAt - _clock.GetUtcNow())));
        var tips = FollowUpPayload.Parse(_scheduler.Pending.First().Payload);
        Assert.Equal(("Tips for Nora", "Tip: write to eis@factumerit.app.", "onboard@factumerit.app"), (tips.Subject, tips.Text, tips.From));
    }

    [Fact]
    public async Task The_same_first_message_handled_again_welcomes_again_without_stopping_or_doubling_the_sequence()
    {
        await Handle("Hi!");
        var again = await Handle("Hi!");

        Assert.StartsWith("Hi Nora, your project", again.ResponseText, StringComparison.Ordinal);
        Assert.Equal(2, _scheduler.Pending.Count());
        Assert.True((await _store.GetAsync("new@example.com"))!.IsActive);
    }

    [Fact]
    public async Task A_later_reply_cancels_the_remaining_follow_ups_and_gets_an_answer()
    {
        await Handle("Hi!");
        _llm.Answer("Write \"help\" to eis.");

        var reply = await Handle("How do I add a task?", messageId: "<m2@example.com>");

        Assert.Empty(_scheduler.Pending);
        Assert.Equal("replied", (await _store.GetAsync("new@example.com"))!.StopReason);
        Assert.Contains("Write \"help\" to eis.", reply.ResponseText, StringComparison.Ordinal);
        Assert.Contains("your project \"Getting Started\"", Assert.Single(_llm.Requests).SystemPrompt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stop")]
    [InlineData("Unsubscribe")]
    public async Task Stop_or_unsubscribe_cancels_and_confirms(string text)
    {
        await Handle("Hi!");

        var reply = await Handle(text, messageId: "<m2@example.com>");

        Assert.Empty(_scheduler.Pending);
        Assert.Equal("unsubscribed", (await _store.GetAsync("new@example.com"))!.StopReason);
        Assert.Contains("won't get any more onboarding emails", reply.ResponseText, StringComparison.Ordinal);
        Assert.Empty(_llm.Requests);
    }

    [Fact]
    public async Task A_due_follow_up_is_sent_once_unless_onboarding_stopped()
    {
        await Handle("Hi!");
        var action = new OnboardFollowUpAction(_outbox, _store, NullLogger<OnboardFollowUpAction>.Instance);
        var tips = _scheduler.Pending.First();
        var checkIn = _scheduler.Pending.Last();

        await action.HandleAsync(Due(tips), CancellationToken.None);
        await action.HandleAsync(Due(tips) with { Attempt = 2 }, CancellationToken.None);
        _llm.Answer("You're welcome!");
        await Handle("thanks", messageId: "<m2@example.com>");
        await action.HandleAsync(Due(checkIn), CancellationToken.None);

        var (key, mail) = Assert.Single(_outbox.Sent);
        Assert.Equal("onboard:tips:new@example.com", key);
        Assert.Equal(("Tips for Nora", "onboard@factumerit.app"), (mail.Subject, mail.From));
        Assert.Equal(["new@example.com"], mail.To);
    }

    [Fact]
    public async Task A_missing_content_file_still_gets_a_welcome()
    {
        File.Delete(Path.Combine(_config, "onboard", "welcome.md"));

        var result = await Handle("Hi!");

        Assert.Contains("Welcome to Factumerit!", result.ResponseText, StringComparison.Ordinal);
        Assert.Contains("\"Getting Started\"", result.ResponseText, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_config, recursive: true);

    private static ScheduledAction Due((string Id, string Subject, string Action, DateTimeOffset DueAt, string? Payload, ScheduleStatus Status) s) =>
        new(s.Id, s.Subject, s.Action, s.DueAt, s.Payload, 1);

    private Task<HandlerResult> Handle(string text, string messageId = "<m1@example.com>")
    {
        var handler = new OnboardHandler(_users, _store, _scheduler,
            new OnboardContent(new ContentFiles(), NullLogger<OnboardContent>.Instance),
            new OnboardAnswers(_llm, NullLogger<OnboardAnswers>.Instance), _clock, NullLogger<OnboardHandler>.Instance);
        var context = Contexts.For("onboard", text, new Dictionary<string, object> { ["welcome_project"] = "Getting Started" },
            baseDirectory: _config, from: "Nora Diaz <new@example.com>", messageId: messageId);
        return handler.HandleAsync(context, CancellationToken.None);
    }
}
