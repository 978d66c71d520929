namespace Factumerit.Email.Assistant;

/// <summary>Sends the assistant's queue messages (see <see cref="Messages.AssistantQueues"/>).</summary>
public interface IAssistantQueue
{
    /// <param name="queue">One of <see cref="Messages.AssistantQueues"/>.</param>
    /// <param name="message">A message record known to <see cref="Messages.AssistantMessageJson"/>.</param>
    /// <param name="delay">How long the message stays invisible (at most 7 days).</param>
    Task SendAsync<T>(string queue, T message, TimeSpan? delay = null, CancellationToken cancellationToken = default)
        where T : class;
}
