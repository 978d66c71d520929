using Factumerit.Email.Personas.Handlers.Onboard;
using Factumerit.Email.Scheduling;
using Factumerit.Email.Users;
using Microsoft.Extensions.Logging;

namespace Factumerit.Email.Personas.Handlers;

/// <summary>
/// Welcomes a new user: registers the address (<see cref="IUserDirectory.EnsureAsync"/>, source <c>onboard</c>),
/// replies with the welcome naming <c>welcome_project</c>, and schedules tips (after <c>tips_after</c>, default 1 day)
/// and a check-in (after <c>checkin_after</c>, default 3 days). Any later reply stops the follow-ups; "stop" or
/// "unsubscribe" also says so.
/// </summary>
public sealed class OnboardHandler(
    IUserDirectory users,
    IOnboardingStore store,
    IScheduler scheduler,
    OnboardContent content,
    OnboardAnswers answers,
    TimeProvider clock,
    ILogger<OnboardHandler> logger) : IEmailHandler
{
    public const string DefaultProject = "Getting Started";
    public static readonly TimeSpan DefaultTipsAfter = TimeSpan.FromDays(1);
    public static readonly TimeSpan DefaultCheckInAfter = TimeSpan.FromDays(3);

    public string Name => PersonaNames.Onboard;

    public async Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var email = context.From.WithoutTag().Address;
        var stop = IsStop(context.ReplyText);
        var state = await store.GetAsync(email, cancellationToken).ConfigureAwait(false);
        var values = Values(context);

        // The first message again (a redelivery) is still the first contact, not a reply that stops the sequence.
        if (state is null || (context.MessageId is { } id && state.FirstMessageId == id))
        {
            return await WelcomeAsync(context, email, stop, values, cancellationToken).ConfigureAwait(false);
        }

        await scheduler.CancelSubjectAsync(FollowUpPayload.SubjectKey(email), cancellationToken: cancellationToken).ConfigureAwait(false);
        await store.StopAsync(email, stop ? "unsubscribed" : "replied", clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (stop)
        {
            return Reply(values, "Done: you won't get any more onboarding emails. Your account stays as it is.", "unsubscribed");
        }
        var welcome = await content.RenderAsync(context.Config, OnboardContent.Welcome, values, cancellationToken).ConfigureAwait(false);
        var (answer, tokens) = await answers.AnswerAsync(context, welcome, values["support"], cancellationToken).ConfigureAwait(false);
        return Reply(values, answer, "answered") with { TokensUsed = tokens };
    }

    private async Task<HandlerResult> WelcomeAsync(EmailContext context, string email, bool stop, Dictionary<string, string> values,
        CancellationToken cancellationToken)
    {
        var displayName = context.SenderUser?.DisplayName ?? context.From.DisplayName;
        var user = await users.EnsureAsync(email, displayName, "onboard", cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        await store.StartAsync(new OnboardingState(email, user.UserId, now, context.MessageId ?? "",
            stop ? now : null, stop ? "unsubscribed" : null), cancellationToken).ConfigureAwait(false);
        if (!stop)
        {
            await ScheduleAsync(context, email, OnboardContent.Tips, FollowUpPayload.TipsAction,
                now + (context.Config.GetDuration("tips_after") ?? DefaultTipsAfter), values, cancellationToken).ConfigureAwait(false);
            await ScheduleAsync(context, email, OnboardContent.CheckIn, FollowUpPayload.CheckInAction,
                now + (context.Config.GetDuration("checkin_after") ?? DefaultCheckInAfter), values, cancellationToken).ConfigureAwait(false);
        }

        var welcome = await content.RenderAsync(context.Config, OnboardContent.Welcome, values, cancellationToken).ConfigureAwait(false);
        var text = stop ? welcome.Text + "\n\n(As you asked, I won't send the follow-up emails.)" : welcome.Text;
        return HandlerResult.Reply(text) with
        {
            Metadata = new Dictionary<string, string> { ["onboard"] = "welcomed", ["follow_ups"] = stop ? "none" : "scheduled" },
        };
    }

    private async Task ScheduleAsync(EmailContext context, string email, string step, string action, DateTimeOffset dueAt,
        Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        var mail = await content.RenderAsync(context.Config, step, values, cancellationToken).ConfigureAwait(false);
        var payload = new FollowUpPayload(email, PersonaAddresses.Mailbox(context), step, mail.Subject, mail.Text);
        // The step as dedupe key: scheduling again for the same user is a no-op.
        var id = await scheduler.ScheduleAsync(FollowUpPayload.SubjectKey(email), action, dueAt, payload.Serialize(), step, cancellationToken)
            .ConfigureAwait(false);
        Log.Scheduled(logger, action, id, dueAt);
    }

    private static Dictionary<string, string> Values(EmailContext context)
    {
        var name = (context.SenderUser?.DisplayName ?? context.From.DisplayName)?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault();
        return new Dictionary<string, string>
        {
            ["name"] = string.IsNullOrWhiteSpace(name) ? "there" : name,
            ["project"] = context.Config.GetString("welcome_project") ?? DefaultProject,
            ["eis"] = PersonaAddresses.Sibling(context, PersonaNames.Eis),
            ["support"] = PersonaAddresses.Sibling(context, PersonaNames.Support),
            ["onboard"] = PersonaAddresses.Mailbox(context),
        };
    }

    internal static bool IsStop(string? replyText)
    {
        var first = PersonaAddresses.FirstLine(replyText).ToLowerInvariant().TrimEnd('.', '!');
        return first is "stop" or "unsubscribe" or "stop please" or "please stop"
            || first.StartsWith("unsubscribe", StringComparison.Ordinal);
    }

    private static HandlerResult Reply(Dictionary<string, string> values, string body, string outcome) =>
        HandlerResult.Reply($"Hi {values["name"]},\n\n{body}\n\nThe Factumerit team") with
        {
            Metadata = new Dictionary<string, string> { ["onboard"] = outcome },
        };
}
