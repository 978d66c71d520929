using System.Collections.Concurrent;
using Factumerit.Email.Personas;

namespace Factumerit.Email.IntegrationTests.Inbound;

/// <summary>What the test's <c>support</c> handler answers, and every context it was called with.</summary>
internal sealed class HandlerScript
{
    public Func<EmailContext, HandlerResult> Decide { get; set; } = context => HandlerResult.Reply($"Thanks! You wrote: {context.ReplyText}");

    public ConcurrentQueue<EmailContext> Calls { get; } = new();
}

/// <summary>A persona played by a script, standing in for the real handlers in pipeline tests.</summary>
internal sealed class ScriptedHandler(HandlerScript script) : IEmailHandler
{
    public string Name => PersonaNames.Support;

    public Task<HandlerResult> HandleAsync(EmailContext context, CancellationToken cancellationToken)
    {
        script.Calls.Enqueue(context);
        return Task.FromResult(script.Decide(context));
    }
}
