using Factumerit.Email.Audit;
using Factumerit.Email.Mail;
using Factumerit.Email.Personas;
using Factumerit.Email.Ports;
using Factumerit.Email.Routing;
using Factumerit.Email.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Factumerit.Email.Inbound;

/// <summary>
/// An <c>ai</c> route: loop guard, daily limit, thread, then the route's <see cref="IEmailHandler"/>, resolved by
/// name in this message's scope. What the handler decided is carried out by <see cref="HandlerResultApplier"/>.
/// </summary>
public sealed class PersonaConversation(
    RoutingTable routing,
    ISenderLimits limits,
    IPersonaThreadStore threads,
    IUserDirectory users,
    IOutboundMail outbound,
    HandlerResultApplier applier,
    IAuditLog audit,
    IServiceProvider services,
    IOptions<InboundOptions> options,
    TimeProvider time,
    ILogger<PersonaConversation> logger)
{
    public async Task<string> HandleAsync(RoutedEmail routed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(routed);
        var route = routed.Route;

        // First, before anything that costs: robots and our own addresses never get an answer.
        if (LoopGuard.Check(routing, routed.Email, routed.Sender) is { } loop)
        {
            Log.Suppressed(logger, routed.EmailId, route.Key, loop);
            await WriteAsync(routed, AuditKinds.SuppressedLoop, loop, cancellationToken).ConfigureAwait(false);
            return AuditKinds.SuppressedLoop;
        }

        if (await CheckLimitAsync(routed, cancellationToken).ConfigureAwait(false) is { } limited)
        {
            return limited;
        }

        var thread = await threads.FindByMessageIdsAsync(
            MessageIds.Ancestors(routed.Email.InReplyTo, routed.Email.References), cancellationToken).ConfigureAwait(false);
        if (thread is not null && thread.RouteKey != route.Key)
        {
            thread = null; // a reply that reached another persona starts that persona's own thread
        }

        var replyText = ExtractReplyText(routed.Email);
        if (thread is { Status: PersonaThreadStatus.Escalated })
        {
            return await applier.ForwardToHumanAsync(routed, thread, replyText, cancellationToken).ConfigureAwait(false);
        }

        var history = thread is null || options.Value.HistoryTurns == 0
            ? []
            : await threads.GetHistoryAsync(thread.Id, options.Value.HistoryTurns, cancellationToken).ConfigureAwait(false);
        var context = await BuildContextAsync(routed, thread, history, replyText, cancellationToken).ConfigureAwait(false);
        var handler = services.GetRequiredKeyedService<IEmailHandler>(route.Handler!);

        var started = time.GetTimestamp();
        HandlerResult result;
        try
        {
            result = await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failedAfter = (long)time.GetElapsedTime(started).TotalMilliseconds;
            Log.HandlerFailed(logger, ex, route.Handler!, routed.EmailId, failedAfter);
            await audit.WriteAsync(new AuditEvent(AuditKinds.Failed, routed.Message.AcceptedAt, routed.EmailId)
            {
                Route = route.Key,
                Handler = route.Handler,
                SenderHash = routed.SenderHash,
                LatencyMs = failedAfter,
                Error = ex.GetType().Name,
            }, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var latency = (long)time.GetElapsedTime(started).TotalMilliseconds;
        return await applier.ApplyAsync(new HandledEmail(routed, thread, history, replyText, result, latency), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<string?> CheckLimitAsync(RoutedEmail routed, CancellationToken cancellationToken)
    {
        var route = routed.Route;
        var limit = route.Limits.DailyEmailsPerSender;
        var day = DateOnly.FromDateTime(routed.Message.AcceptedAt.UtcDateTime);
        var decision = await limits.CountAsync(route.Key, routed.SenderHash, day, routed.EmailId, limit, cancellationToken)
            .ConfigureAwait(false);
        if (decision == LimitDecision.Within)
        {
            return null;
        }

        var outcome = decision == LimitDecision.FirstOverLimit ? InboundOutcomes.LimitNotice : InboundOutcomes.LimitSilenced;
        if (decision == LimitDecision.FirstOverLimit)
        {
            await outbound.EnqueueAsync(OutboundMessages.LimitNotice(routed, limit),
                OutboundMessages.LimitNoticeKey(route.Key, routed.SenderHash, day), cancellationToken).ConfigureAwait(false);
        }
        Log.Suppressed(logger, routed.EmailId, route.Key, outcome);
        await WriteAsync(routed, AuditKinds.RateLimited, outcome, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<EmailContext> BuildContextAsync(RoutedEmail routed, PersonaThread? thread,
        IReadOnlyList<ConversationTurn> history, string replyText, CancellationToken cancellationToken)
    {
        var email = routed.Email;
        var user = await users.FindByEmailAsync(routed.Sender!.WithoutTag().Address, cancellationToken).ConfigureAwait(false);
        return new EmailContext
        {
            RouteKey = routed.Route.Key,
            From = routed.Sender,
            To = routed.Recipient,
            Subject = email.Subject,
            MessageId = MessageIds.Normalize(email.MessageId),
            InReplyTo = MessageIds.Normalize(email.InReplyTo),
            References = MessageIds.Parse(email.References),
            Text = email.Text,
            Html = email.Html,
            ReplyText = replyText,
            Headers = email.Headers,
            SenderUser = user is null ? null : new SenderUser(user.UserId, user.DisplayName, user.TimeZone),
            Config = routed.Route.Config,
            LlmTokenBudget = routed.Route.Limits.LlmTokensPerEmail,
            ConversationHistory = history,
            ThreadId = thread?.Id,
            TurnCount = thread?.TurnCount ?? 0,
        };
    }

    private string ExtractReplyText(InboundEmail email)
    {
        var text = ReplyTextExtractor.Extract(email.Text ?? HtmlText.ToPlain(email.Html));
        return OutboundMessages.Truncate(text, options.Value.MaxBodyChars);
    }

    private Task WriteAsync(RoutedEmail routed, string kind, string outcome, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEvent(kind, routed.Message.AcceptedAt, routed.EmailId)
        {
            Route = routed.Route.Key,
            Handler = routed.Route.Handler,
            SenderHash = routed.SenderHash,
            Outcome = outcome,
        }, cancellationToken);
}
